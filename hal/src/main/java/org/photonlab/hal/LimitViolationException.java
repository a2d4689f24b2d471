package org.photonlab.hal;

/**
 * A write that would drive a channel outside its limits. Nothing of the refused write reached the device. The message
 * quotes the value requested and, when the check ran on the value the DAC would really output (the request rounded to
 * its DAC code), that value too, and the limit.
 */
public class LimitViolationException extends LabException {
    private final String channel;
    private final double value;
    private final double checked;

    /** A refusal where the check ran on the requested value itself. */
    public LimitViolationException(String channel, double value, String limit) {
        this(channel, value, value, limit);
    }

    /**
     * @param channel the channel's identity, e.g. {@code dac0[17]}
     * @param value   the requested value, V
     * @param checked the value the check ran on (the request rounded to the DAC code), V
     * @param limit   the limit it violates, e.g. {@code max_v 5.0 V}
     */
    public LimitViolationException(String channel, double value, double checked, String limit) {
        super(message(channel, value, checked, limit));
        this.channel = channel;
        this.value = value;
        this.checked = checked;
    }

    private static String message(String channel, double value, double checked, String limit) {
        String what;
        if (!Double.isFinite(value)) {
            what = "value " + value + " is not a finite voltage";
        } else if (Double.compare(value, checked) == 0) {
            what = "value " + value + " V violates " + limit;
        } else {
            what = "requested " + value + " V, which the DAC code rounds to " + checked + " V, violates " + limit;
        }
        return "refused: channel " + channel + " " + what + "; nothing was written";
    }

    /** The channel's identity, e.g. {@code dac0[17]}. */
    public String channel() {
        return channel;
    }

    /** The refused (requested) value in the channel's unit. */
    public double value() {
        return value;
    }

    /** The value the check ran on: the request rounded to the channel's DAC code (the request itself if not). */
    public double checkedValue() {
        return checked;
    }
}
