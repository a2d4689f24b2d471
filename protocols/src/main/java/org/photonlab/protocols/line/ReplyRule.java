package org.photonlab.protocols.line;

import java.util.List;

/**
 * What a request waits for, as a host-side conversation correlates it. Protocols without request ids (Qontrol, SCPI) are correlated purely by order and
 * count, so each request states how many lines complete it and how asynchronous lines affect it.
 */
public interface ReplyRule {
    /** How an asynchronous line (already given to the event listener) affects the waiting request. */
    enum AsyncVerdict {
        /** Unrelated: keep waiting. */
        IGNORE,
        /** The command was lost (device powered up, serial error): resynchronise and send it again. */
        RETRY,
        /** The device refused the command: fail it with the driver's device-refused exception. */
        REFUSE
    }

    /** True once {@code lines} (never empty) is the whole reply. */
    boolean complete(List<String> lines);

    /** True when the reply's length is unknown and it ends with a quiet period instead (Qontrol {@code nupall?}). */
    default boolean endsOnQuiet() {
        return false;
    }

    /** How {@code asyncLine} affects this request. */
    default AsyncVerdict onAsync(String asyncLine) {
        return AsyncVerdict.IGNORE;
    }

    /** A human description for messages, e.g. {@code "1 line: OK"}. */
    String expected();

    /** Exactly {@code n} lines. */
    static ReplyRule lines(int n, String expected) {
        return new ReplyRule() {
            @Override
            public boolean complete(List<String> lines) {
                return lines.size() >= n;
            }

            @Override
            public String expected() {
                return expected;
            }
        };
    }

    /** Lines until the device has been quiet for the conversation's quiet period. */
    static ReplyRule untilQuiet(String expected) {
        return new ReplyRule() {
            @Override
            public boolean complete(List<String> lines) {
                return false;
            }

            @Override
            public boolean endsOnQuiet() {
                return true;
            }

            @Override
            public String expected() {
                return expected;
            }
        };
    }
}
