package org.photonlab.hal.bench;

/**
 * What opening and closing a {@link Bench} does to its DAC channels, and whether DAC writes are allowed in between.
 * Detectors and projectors behave the same in every mode.
 */
public enum OpenMode {
    /**
     * For training and anything automatic: every DAC channel is put at its safe voltage right after the bench opens
     * and again when it closes (also after a failure), and writes within the limits are allowed in between.
     */
    CONTROL(true, true),
    /**
     * For setting channels by hand ({@code dac set}): writes within the limits are allowed, but nothing is written
     * when the bench opens or closes, so the other channels keep what they had and the channel set keeps its new
     * value after the command. {@link Bench#safeState()} still works when asked for.
     */
    MANUAL(true, false),
    /**
     * For looking without touching ({@code bench check}, {@code dac get}, {@code pd read}): nothing is ever written
     * to a DAC, not at open, not at close; every DAC write, including {@link Bench#safeState()}, is refused with a
     * {@link org.photonlab.hal.LabException} naming the device and the mode. Reads work as in any other mode.
     */
    OBSERVE(false, false);

    private final boolean writes;
    private final boolean safeStateOnOpenAndClose;

    OpenMode(boolean writes, boolean safeStateOnOpenAndClose) {
        this.writes = writes;
        this.safeStateOnOpenAndClose = safeStateOnOpenAndClose;
    }

    /** Whether DAC writes (and an explicit safe state) are allowed while the bench is open. */
    public boolean allowsWrites() {
        return writes;
    }

    /** Whether every DAC channel is driven to its safe voltage when the bench opens and when it closes. */
    public boolean safeStateOnOpenAndClose() {
        return safeStateOnOpenAndClose;
    }
}
