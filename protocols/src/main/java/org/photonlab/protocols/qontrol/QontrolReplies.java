package org.photonlab.protocols.qontrol;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.protocols.line.ProtocolException;
import org.photonlab.protocols.line.ReplyParser;
import org.photonlab.protocols.line.ReplyRule;

/**
 * Reply rules and parsers of the Qontrol protocol: how many lines answer a command, which error lines refuse or lose
 * it, and how the reply lines read. Stateless; safe for concurrent use.
 */
public final class QontrolReplies {
    private QontrolReplies() {
    }

    /** How an error line affects a pending Qontrol command. */
    public static ReplyRule.AsyncVerdict verdict(String line) {
        int code = QontrolFormat.errorCode(line);
        return switch (code) {
            case QontrolFormat.OVER_VOLTAGE, QontrolFormat.OVER_CURRENT, QontrolFormat.UNRECOGNISED_COMMAND,
                 QontrolFormat.BAD_PARAMETER, QontrolFormat.BAD_CHANNEL, QontrolFormat.FORBIDDEN ->
                    ReplyRule.AsyncVerdict.REFUSE;
            // E15: the vendor library re-sends on a serial error; E90: the module rebooted and lost the command
            case QontrolFormat.SERIAL_ERROR, QontrolFormat.POWERED_UP -> ReplyRule.AsyncVerdict.RETRY;
            default -> ReplyRule.AsyncVerdict.IGNORE;
        };
    }

    /** {@code n} lines, refused or lost by error lines. */
    public static ReplyRule lines(int n, String expected) {
        return new ReplyRule() {
            @Override
            public boolean complete(List<String> lines) {
                return lines.size() >= n;
            }

            @Override
            public AsyncVerdict onAsync(String asyncLine) {
                return verdict(asyncLine);
            }

            @Override
            public String expected() {
                return expected;
            }
        };
    }

    public static final ReplyRule OK = lines(1, "'OK'");

    public static final ReplyParser<Void> OK_PARSER = lines -> {
        if (!lines.get(0).equals("OK")) {
            throw new ProtocolException("expected 'OK'");
        }
        return null;
    };

    public static final ReplyParser<double[]> NUMBERS = lines -> {
        double[] out = new double[lines.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = QontrolFormat.parseNumber(lines.get(i));
        }
        return out;
    };

    public static final ReplyParser<String> IDENTITY = lines -> {
        String id = lines.get(0);
        if (!QontrolFormat.IDENTITY.matcher(id).matches()) {
            throw new ProtocolException("expected an identity like 'Q8iv-01A0'");
        }
        return id;
    };

    public static final ReplyParser<List<String>> CHAIN = lines -> {
        List<String> ids = new ArrayList<>();
        for (String l : lines) {
            ids.add(QontrolFormat.parseChainLine(l));
        }
        return ids;
    };
}
