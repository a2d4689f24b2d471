package org.photonlab.hal.detect;

/** What a detector channel reports. */
public enum ReadoutUnit {
    /** Signed field amplitude from a coherent (balanced) receiver, in volts at the receiver output. */
    VOLT_COHERENT,
    /** Optical power |E|² in watts. */
    WATT;

    /** Short unit symbol for tables and logs. */
    public String symbol() {
        return this == WATT ? "W" : "V";
    }
}
