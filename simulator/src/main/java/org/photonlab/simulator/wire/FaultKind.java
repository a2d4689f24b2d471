package org.photonlab.simulator.wire;

import java.util.Locale;

/** The faults the wire simulator can inject into one device's replies. */
public enum FaultKind {
    /** The reply is never sent. */
    DROP,
    /** The device stalls past the host's deadline; this reply and everything after it come late, in order. */
    DELAY,
    /** One byte of the reply is replaced by a non-ASCII byte (never a terminator). */
    GARBLE,
    /** The last reply line is sent twice. */
    DUPLICATE,
    /** Half the reply is written, then the connection closes. */
    CLOSE,
    /** A harmless unsolicited error line precedes the reply (protocols with asynchronous lines only). */
    UNSOLICITED,
    /** The device reboots before handling the command: setpoints lost, the command lost, a power-up line sent. */
    POWER_CYCLE;

    /** The bench-file spelling, e.g. {@code power-cycle}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static FaultKind parse(String s) {
        for (FaultKind k : values()) {
            if (k.yamlName().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault '" + s + "'; expected one of drop, delay, garble, "
                + "duplicate, close, unsolicited, power-cycle");
    }
}
