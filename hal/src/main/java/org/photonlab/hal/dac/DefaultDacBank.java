package org.photonlab.hal.dac;

import java.util.Arrays;
import java.util.List;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.ReadbackMismatchException;
import org.photonlab.hal.SafeStateException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.time.BenchClock;

/**
 * The HAL's DAC bank over any backend device: checks every value against the channel limits and the DAC's full
 * scale ({@link OutputCheck}), rounds it to the DAC code, checks the bench's {@link PowerBudget}, and only then
 * passes the write to the device. This is the one place where limits are enforced, so that no backend and no code
 * path can skip them. Its {@link OpenMode} says whether it writes at all and whether {@link #close()} drives the
 * channels to their safe state.
 *
 * <p>Ramps: when a channel has a ramp step ({@link ChannelLimits#rampStepVolts()}), every write that moves it further
 * than one step (a single set, a vector write, the safe state, the close) is sent as a sequence of device writes
 * ({@link RampPlan}); with a slew limit each device write waits until the previous one's change, at the slowest
 * channel's slew, has had its time on the bench clock (a simulator's virtual clock advances instead of sleeping).
 * Every value of the ramp is checked before the first is written, so a refused write writes nothing. With no ramp
 * step and no budget (the defaults) a write is one device write.
 *
 * <p>Every write (and safe state) is read back and verified: a channel that reads more than one DAC step away from
 * what was written is a {@link ReadbackMismatchException} naming the channel and both values. What was written is
 * kept, so {@link #foreignWrites()} can tell whether anyone else has changed a setpoint since.
 */
public final class DefaultDacBank implements DacBank {
    /** The most device writes one ramp may take across a channel's whole range. */
    static final double MAX_RAMP_STEPS = 1e6;

    private final DeviceSpec spec;
    private final DacDevice device;
    private final DacChannelInfo[] channels;
    private final OpenMode mode;
    private final SetpointLedger ledger;
    private final BenchClock clock;
    private final PowerBudget budget;
    /** What each channel was last set to (NaN: not known); kept only when ramps or a budget need it. */
    private final double[] setpoints;
    private final boolean tracks;
    private long nextWriteNanos;
    private boolean closed;

    /** A bank in {@link OpenMode#CONTROL}: writes allowed, safe state on close. */
    public DefaultDacBank(DeviceSpec spec, DacDevice device) {
        this(spec, device, OpenMode.CONTROL);
    }

    /** A bank whose writes and close follow {@code mode} (it never writes on its own when created). */
    public DefaultDacBank(DeviceSpec spec, DacDevice device, OpenMode mode) {
        this(spec, device, mode, BenchClock.system(), null);
    }

    /**
     * @param clock  the bench clock ramps are spaced on
     * @param budget the bench's heater-power budget this bank joins, or null for none; the bank reads its device's
     *               setpoints once to enter them
     */
    public DefaultDacBank(DeviceSpec spec, DacDevice device, OpenMode mode, BenchClock clock, PowerBudget budget) {
        if (device.channelCount() < spec.channels()) {
            throw new LabException("device '" + spec.name() + "' has " + device.channelCount()
                    + " channels but the bench description declares " + spec.channels());
        }
        this.spec = spec;
        this.device = device;
        this.mode = mode;
        this.clock = clock;
        this.budget = budget;
        this.channels = new DacChannelInfo[spec.channels()];
        boolean ramps = false;
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new DacChannelInfo(i, spec.name() + "[" + i + "]", spec.limits(i), spec.resolution(),
                    spec.safeVolts());
            checkUsable(channels[i]);
            ramps |= channels[i].limits().ramps();
        }
        this.ledger = new SetpointLedger(spec.name(), channels);
        this.tracks = ramps || budget != null;
        this.setpoints = new double[channels.length];
        Arrays.fill(setpoints, Double.NaN);
        if (tracks) {
            double[] now = device.read(all());
            System.arraycopy(now, 0, setpoints, 0, setpoints.length);
            if (budget != null) {
                budget.register(spec.name(), powers(all(), now));
            }
        }
    }

    /**
     * Defence in depth for descriptions built in code (bench files are checked when they load): finite limits, a safe
     * value the channel can output, and a ramp that does not take forever.
     */
    private static void checkUsable(DacChannelInfo c) {
        ChannelLimits l = c.limits();
        if (!Double.isFinite(l.minVolts()) || !Double.isFinite(l.maxVolts())) {
            throw new BenchConfigException("DAC channel " + c.id() + ": limits min_v and max_v must be finite, got "
                    + l.minVolts() + " and " + l.maxVolts() + " V");
        }
        if (l.ramps() && (l.maxVolts() - l.minVolts()) / l.rampStepVolts() > MAX_RAMP_STEPS) {
            throw new BenchConfigException("DAC channel " + c.id() + ": ramp_step_v " + l.rampStepVolts()
                    + " V would take more than " + (long) MAX_RAMP_STEPS + " writes across min_v..max_v; expected "
                    + "at least " + (l.maxVolts() - l.minVolts()) / MAX_RAMP_STEPS + " V");
        }
        OutputCheck.output(c, c.safeVolts());
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int channelCount() {
        return channels.length;
    }

    @Override
    public DacChannelInfo channel(int index) {
        checkIndex(index);
        return channels[index];
    }

    @Override
    public synchronized double set(int channel, double volts) {
        return write(new int[] {channel}, new double[] {volts})[0];
    }

    @Override
    public synchronized double[] write(int[] chs, double[] volts) {
        double[] applied = checked(chs, volts);
        ensureWritable();
        double[][] steps = tracks ? RampPlan.steps(channels, chs, current(chs), applied) : null;
        if (budget != null) {
            // ramp points lie between the ends, where the total V²/R is at most that of one end: the end decides
            budget.admit(spec.name(), chs, powers(chs, applied));
        }
        send(chs, applied, steps);
        ledger.record(chs, applied);
        verify(chs, applied);
        return applied;
    }

    /** Reads {@code chs} back and refuses any channel more than one DAC step from what was just written. */
    private void verify(int[] chs, double[] written) {
        double[] back = device.read(chs);
        for (int i = 0; i < chs.length; i++) {
            if (!ledger.matches(chs[i], written[i], back[i])) {
                throw new ReadbackMismatchException(channels[chs[i]].id(), written[i], back[i]);
            }
        }
    }

    @Override
    public synchronized List<ForeignWrite> foreignWrites() {
        return ledger.differences(readAll());
    }

    @Override
    public synchronized void check(int[] chs, double[] volts) {
        checked(chs, volts);
    }

    private double[] checked(int[] chs, double[] volts) {
        ensureOpen();
        if (chs.length != volts.length) {
            throw new IllegalArgumentException("write: " + chs.length + " channels but " + volts.length + " values");
        }
        double[] applied = new double[volts.length];
        for (int i = 0; i < chs.length; i++) {
            checkIndex(chs[i]);
            applied[i] = OutputCheck.output(channels[chs[i]], volts[i]);
        }
        return applied;
    }

    /** Writes {@code target} in one device write, or as the ramp {@code steps} when given. */
    private void send(int[] chs, double[] target, double[][] steps) {
        if (steps == null) {
            device.write(chs, target); // the SPI neither modifies nor keeps them
            return;
        }
        for (double[] step : steps) {
            if (nextWriteNanos != 0) {
                clock.sleepUntil(nextWriteNanos);
            }
            double[] before = current(chs);
            device.write(chs, step);
            for (int i = 0; i < chs.length; i++) {
                setpoints[chs[i]] = step[i];
            }
            long wait = RampPlan.slewNanos(channels, chs, before, step);
            nextWriteNanos = wait == 0 ? 0 : clock.nanoTime() + wait;
        }
    }

    private double[] current(int[] chs) {
        double[] out = new double[chs.length];
        for (int i = 0; i < chs.length; i++) {
            out[i] = setpoints[chs[i]];
        }
        return out;
    }

    private double[] powers(int[] chs, double[] volts) {
        double[] p = new double[chs.length];
        for (int i = 0; i < chs.length; i++) {
            p[i] = channels[chs[i]].limits().power(volts[i]);
        }
        return p;
    }

    @Override
    public synchronized double read(int channel) {
        ensureOpen();
        checkIndex(channel);
        return device.read(new int[] {channel})[0];
    }

    @Override
    public synchronized double[] readAll() {
        ensureOpen();
        return device.read(all());
    }

    @Override
    public double quantize(int channel, double volts) {
        checkIndex(channel);
        return channels[channel].resolution().quantize(volts);
    }

    @Override
    public synchronized void safeState() {
        ensureOpen();
        ensureWritable();
        int[] all = all();
        double[] safe = applySafeState();
        verify(all, safe);
    }

    /**
     * Writes the safe value of every channel (checked when the bank was built), ramped like any write; not verified
     * (close must not fail on it). Returns the values written, in channel order.
     */
    private double[] applySafeState() {
        int[] all = all();
        double[] safe = new double[channels.length];
        for (int i = 0; i < all.length; i++) {
            safe[i] = channels[i].resolution().quantize(channels[i].safeVolts());
        }
        double[][] steps = tracks ? RampPlan.steps(channels, all, current(all), safe) : null;
        if (budget != null) {
            budget.record(spec.name(), all, powers(all, safe));
        }
        send(all, safe, steps);
        ledger.record(all, safe);
        return safe;
    }

    private int[] all() {
        int[] all = new int[channels.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (mode.safeStateOnOpenAndClose()) {
                applySafeState();
            }
        } catch (RuntimeException e) {
            throw new SafeStateException("DAC bank '" + spec.name() + "': safe state not confirmed: "
                    + e.getMessage(), List.of(spec.name()), e);
        } finally {
            device.close();
        }
    }

    /** True once {@link #close()} has run. */
    public synchronized boolean isClosed() {
        return closed;
    }

    private void ensureOpen() {
        if (closed) {
            throw new LabException("DAC bank '" + spec.name() + "' is closed");
        }
    }

    private void ensureWritable() {
        if (!mode.allowsWrites()) {
            throw new LabException("DAC bank '" + spec.name() + "' is open in " + mode.name().toLowerCase(
                    java.util.Locale.ROOT) + " mode, which never writes; open the bench in manual or control mode "
                    + "to change a setpoint");
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= channels.length) {
            throw new LabException("DAC bank '" + spec.name() + "' has no channel " + index + "; expected 0.."
                    + (channels.length - 1));
        }
    }
}
