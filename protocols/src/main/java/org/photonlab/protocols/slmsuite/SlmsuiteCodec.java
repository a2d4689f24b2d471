package org.photonlab.protocols.slmsuite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.LabException;

/**
 * Messages to and from text: {@code quote_plus(json) + "\n"}. Knows nothing of sockets; the client and the Netty
 * server both frame on the final line feed and call this.
 */
public final class SlmsuiteCodec {
    /** The message terminator; the encoded body never contains it. */
    public static final char DELIMITER = '\n';

    private SlmsuiteCodec() {
    }

    public static String encodeRequest(SlmsuiteRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("command", r.command());
        m.put("args", r.args());
        m.put("kwargs", r.kwargs());
        return QuotePlus.quote(Json.write(m)) + DELIMITER;
    }

    /** Decodes a request; missing keys become null / empty as in slmsuite's server. */
    public static SlmsuiteRequest decodeRequest(String message) {
        return decodeRequest(message, ArrayCodec.MAX_BYTES);
    }

    /**
     * Decodes a request whose arrays may be at most {@code maxArrayBytes} each once decompressed (a server passes
     * what its hardware can take), checked before inflating.
     */
    public static SlmsuiteRequest decodeRequest(String message, long maxArrayBytes) {
        Object v = ArrayCodec.decodeTree(Json.parse(QuotePlus.unquote(strip(message))), maxArrayBytes);
        if (!(v instanceof Map<?, ?> m)) {
            throw new LabException("slmsuite request: expected a JSON object, got " + Json.write(v));
        }
        Object name = m.get("name");
        Object command = m.get("command");
        Object args = m.get("args");
        Object kwargs = m.get("kwargs");
        if ((name != null && !(name instanceof String)) || (command != null && !(command instanceof String))) {
            throw new LabException("slmsuite request: name and command must be strings or null");
        }
        if ((args != null && !(args instanceof List<?>)) || (kwargs != null && !(kwargs instanceof Map<?, ?>))) {
            throw new LabException("slmsuite request: args must be a list and kwargs an object");
        }
        List<Object> a = args == null ? List.of() : new ArrayList<>((List<?>) args);
        Map<String, Object> k = new LinkedHashMap<>();
        if (kwargs != null) {
            ((Map<?, ?>) kwargs).forEach((key, val) -> k.put(String.valueOf(key), val));
        }
        return new SlmsuiteRequest((String) name, (String) command, a, k);
    }

    public static String encodeReply(SlmsuiteReply r) {
        List<Object> l = new ArrayList<>(2);
        l.add(r.success());
        l.add(r.result());
        return QuotePlus.quote(Json.write(l)) + DELIMITER;
    }

    public static SlmsuiteReply decodeReply(String message) {
        Object v = ArrayCodec.decodeTree(Json.parse(QuotePlus.unquote(strip(message))));
        if (!(v instanceof List<?> l) || l.size() != 2 || !(l.get(0) instanceof Boolean ok)) {
            throw new LabException("slmsuite reply: expected [success, result], got " + Json.write(v));
        }
        return new SlmsuiteReply(ok, l.get(1));
    }

    private static String strip(String message) {
        return !message.isEmpty() && message.charAt(message.length() - 1) == DELIMITER
                ? message.substring(0, message.length() - 1) : message;
    }
}
