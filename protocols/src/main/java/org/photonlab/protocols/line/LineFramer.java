package org.photonlab.protocols.line;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a byte stream into lines: the one framing used by every transport (TCP, serial, in-JVM pipe) and by the
 * wire simulator's servers. A line ends with LF; a CR just before the LF is dropped, so hosts that send CR LF (VISA's
 * default write termination) are accepted. Bytes are mapped one to one to chars (ISO-8859-1), so that a garbled
 * non-ASCII byte survives framing and is rejected by the codec rather than silently decoded.
 *
 * <p>Not thread-safe: one framer per connection, fed from that connection's reader.
 */
public final class LineFramer {
    /** Longest accepted line; longer input is discarded up to the next LF and reported once. */
    public static final int MAX_LINE = 4096;

    /** Result of feeding bytes: the complete lines, and how many over-long lines were discarded. */
    public record Frames(List<String> lines, int overflows) {
    }

    private final StringBuilder current = new StringBuilder();
    private boolean discarding;

    /** Feeds {@code len} bytes from {@code off}; returns the lines they completed. Not modified: {@code bytes}. */
    public Frames feed(byte[] bytes, int off, int len) {
        List<String> lines = new ArrayList<>(2);
        int overflows = 0;
        for (int i = off; i < off + len; i++) {
            char c = (char) (bytes[i] & 0xFF);
            if (c == '\n') {
                if (discarding) {
                    discarding = false;
                } else {
                    int n = current.length();
                    if (n > 0 && current.charAt(n - 1) == '\r') {
                        current.setLength(n - 1);
                    }
                    lines.add(current.toString());
                }
                current.setLength(0);
            } else if (!discarding) {
                if (current.length() >= MAX_LINE) {
                    // keep memory bounded against a peer that never sends LF
                    discarding = true;
                    overflows++;
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
        }
        return new Frames(lines, overflows);
    }

    /** Drops any partial line (after a reconnect the old stream's tail means nothing). */
    public void reset() {
        current.setLength(0);
        discarding = false;
    }

    /** The bytes of the partial line received so far, for error messages. */
    public String pending() {
        return current.toString();
    }
}
