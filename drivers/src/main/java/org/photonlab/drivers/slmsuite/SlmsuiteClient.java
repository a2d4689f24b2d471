package org.photonlab.drivers.slmsuite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.DeviceTimeoutException;
import org.photonlab.hal.LabException;
import org.photonlab.protocols.slmsuite.SlmsuiteCodec;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;
import org.photonlab.protocols.slmsuite.SlmsuiteRequest;

/**
 * The client side of slmsuite's transport: each call opens a connection, sends one request, reads one reply up to
 * its line feed and closes, as slmsuite's {@code _Client.__com} does. Connect and read are bounded by the timeout.
 * A refusal from the server comes back as a {@link SlmsuiteReply} value; a broken transport throws
 * {@link DeviceIoException} (or {@link DeviceTimeoutException}). Safe for concurrent use (no shared state).
 */
public final class SlmsuiteClient {
    /** Largest reply accepted, bytes. */
    public static final int MAX_REPLY = 512 << 20;
    private final String host;
    private final int port;
    private final int timeoutMs;

    public SlmsuiteClient(String host, int port, Duration timeout) {
        if (port < 1 || port > 65535) {
            throw new LabException("slmsuite port must be in 1..65535, got " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new LabException("slmsuite timeout must be positive, got " + timeout);
        }
        this.host = host;
        this.port = port;
        this.timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    public String endpoint() {
        return host + ":" + port;
    }

    /** Sends {@code command} to hardware {@code name} (null for the server) with keyword arguments. */
    public SlmsuiteReply call(String name, String command, Map<String, Object> kwargs) {
        return send(SlmsuiteCodec.encodeRequest(new SlmsuiteRequest(name, command, null, kwargs)));
    }

    /** Sends an already encoded message (ending in a line feed) and decodes the reply. */
    public SlmsuiteReply send(String message) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMs);
            s.setSoTimeout(timeoutMs);
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            out.write(message.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return SlmsuiteCodec.decodeReply(readReply(s.getInputStream()));
        } catch (SocketTimeoutException e) {
            throw new DeviceTimeoutException("slmsuite server " + endpoint() + " did not answer within " + timeoutMs
                    + " ms");
        } catch (ConnectException e) {
            throw new DeviceIoException("no slmsuite server at " + endpoint() + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DeviceIoException("slmsuite server " + endpoint() + ": " + e.getMessage(), e);
        }
    }

    private String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 12);
        byte[] chunk = new byte[1 << 16];
        while (true) {
            int n = in.read(chunk);
            if (n < 0) {
                throw new DeviceIoException("slmsuite server " + endpoint() + " closed the connection after "
                        + buf.size() + " bytes without a complete reply");
            }
            buf.write(chunk, 0, n);
            if (chunk[n - 1] == '\n') {
                return buf.toString(StandardCharsets.US_ASCII);
            }
            if (buf.size() > MAX_REPLY) {
                throw new DeviceIoException("slmsuite reply from " + endpoint() + " exceeds " + MAX_REPLY + " bytes");
            }
        }
    }
}
