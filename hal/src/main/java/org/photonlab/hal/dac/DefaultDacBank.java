package org.photonlab.hal.dac;

import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.SafeStateException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.ReadbackMismatchException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.spi.DacDevice;

/**
 * The HAL's DAC bank over any backend device: checks every value against the channel limits, rounds it to the DAC
 * code, and only then passes the whole write to the device. This is the one place where limits are enforced, so that
 * no backend and no code path can skip them. Its {@link OpenMode} says whether it writes at all and whether
 * {@link #close()} drives the channels to their safe state.
 *
 * <p>Every write (and safe state) is read back and verified: a channel that reads more than one DAC step away from
 * what was written is a {@link ReadbackMismatchException} naming the channel and both values. What was written is
 * kept, so {@link #foreignWrites()} can tell whether anyone else has changed a setpoint since.
 */
public final class DefaultDacBank implements DacBank {
    private final DeviceSpec spec;
    private final DacDevice device;
    private final DacChannelInfo[] channels;
    private final OpenMode mode;
    private final SetpointLedger ledger;
    private boolean closed;

    /** A bank in {@link OpenMode#CONTROL}: writes allowed, safe state on close. */
    public DefaultDacBank(DeviceSpec spec, DacDevice device) {
        this(spec, device, OpenMode.CONTROL);
    }

    /** A bank whose writes and close follow {@code mode} (it never writes on its own when created). */
    public DefaultDacBank(DeviceSpec spec, DacDevice device, OpenMode mode) {
        if (device.channelCount() < spec.channels()) {
            throw new LabException("device '" + spec.name() + "' has " + device.channelCount()
                    + " channels but the bench description declares " + spec.channels());
        }
        this.spec = spec;
        this.device = device;
        this.mode = mode;
        this.channels = new DacChannelInfo[spec.channels()];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new DacChannelInfo(i, spec.name() + "[" + i + "]", spec.limits(i), spec.resolution(),
                    spec.safeVolts());
        }
        this.ledger = new SetpointLedger(spec.name(), channels);
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
        device.write(chs, applied); // the SPI neither modifies nor keeps them
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
            DacChannelInfo c = channels[chs[i]];
            String bad = c.limits().violation(volts[i]);
            if (bad == null) {
                applied[i] = c.resolution().quantize(volts[i]);
                bad = c.limits().violation(applied[i]);
            }
            if (bad != null) {
                throw new LimitViolationException(c.id(), volts[i], bad);
            }
        }
        return applied;
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
        int[] all = new int[channels.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return device.read(all);
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
        int[] all = applySafeState();
        verify(all, safeValues(all));
    }

    private double[] safeValues(int[] all) {
        double[] safe = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            safe[i] = channels[i].resolution().quantize(channels[i].safeVolts());
        }
        return safe;
    }

    /** Writes the safe state to every channel (not verified: close must not fail on it); returns the channels. */
    private int[] applySafeState() {
        int[] all = new int[channels.length];
        double[] safe = new double[channels.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
            safe[i] = channels[i].resolution().quantize(channels[i].safeVolts());
        }
        device.write(all, safe);
        ledger.record(all, safe);
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
