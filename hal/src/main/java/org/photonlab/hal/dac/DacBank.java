package org.photonlab.hal.dac;

/**
 * A bank of DAC channels (phase-shifter heaters or input modulators), in volts.
 *
 * <p>Every write is checked against each channel's {@link ChannelLimits} <em>before</em> anything reaches the
 * device; a refused write throws {@link org.photonlab.hal.LimitViolationException} naming the channel, the value and
 * the limit, and leaves the device untouched (vector writes are all or nothing). Accepted values are rounded to the
 * channel's DAC code once, here; the returned volts are what the device outputs, verified by reading them back.
 *
 * <p>Thread rules: implementations serialise calls on one bank, so several threads (the cores sharing a bank, a
 * safe-state hook) may use it; a caller that needs several calls to act as one (read-modify-write) arranges that
 * itself. After {@link #close()} every channel is at its safe voltage (unless the bench was opened in an
 * {@link org.photonlab.hal.bench.OpenMode} that never zeroes) and further calls throw.
 */
public interface DacBank extends AutoCloseable {
    /** Name of the device in the bench description. */
    String name();

    int channelCount();

    /** Static description of channel {@code index}; throws for an index outside 0..channelCount−1. */
    DacChannelInfo channel(int index);

    /** Sets one channel; returns the volts actually output (after DAC rounding). */
    double set(int channel, double volts);

    /**
     * Sets several channels as one atomic write: either every value is within limits and all are written, or none
     * is. Returns the volts actually output, in the order given. {@code channels} and {@code volts} are not modified.
     */
    double[] write(int[] channels, double[] volts);

    /**
     * Checks a write without performing it: throws {@link org.photonlab.hal.LimitViolationException} exactly when
     * {@link #write} would refuse these values.
     */
    void check(int[] channels, double[] volts);

    /** The volts a channel is currently set to (read back from the device). */
    double read(int channel);

    /** Reads back every channel. */
    double[] readAll();

    /** The volts the device would output for a request of {@code volts} on {@code channel}, without writing. */
    double quantize(int channel, double volts);

    /**
     * The ownership check: reads back every channel this bank has written and returns those that now differ from
     * what it last wrote by more than one DAC step (someone else changed them), in channel order; empty when all
     * agree. Channels this bank never wrote are not compared. Detection only: what to do is the caller's choice.
     */
    java.util.List<org.photonlab.hal.lease.ForeignWrite> foreignWrites();

    /** Puts every channel at its safe voltage. */
    void safeState();

    /**
     * Puts every channel at its safe voltage (in {@link org.photonlab.hal.bench.OpenMode#CONTROL}; the other modes
     * leave the setpoints as they are) and releases the device. Idempotent.
     */
    @Override
    void close();
}
