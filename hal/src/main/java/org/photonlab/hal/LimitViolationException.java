package org.photonlab.hal;

/**
 * A write that would drive a channel outside its limits. Nothing of the refused write reached the device.
 */
public class LimitViolationException extends LabException {
    private final String channel;
    private final double value;

    public LimitViolationException(String channel, double value, String limit) {
        super("refused: channel " + channel + " value " + value + " violates " + limit + "; nothing was written");
        this.channel = channel;
        this.value = value;
    }

    /** The channel's identity, e.g. {@code dac0[17]}. */
    public String channel() {
        return channel;
    }

    /** The refused value in the channel's unit. */
    public double value() {
        return value;
    }
}
