package org.photonlab.hal.dac;

import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DeviceLimitControl;

/**
 * Writes a DAC device's bench limits into the device's own limits ({@link DeviceLimitControl}) when a bench opens it
 * for writing, and checks what it reads back: a device that holds anything laxer than the bench asked for is refused
 * with one line naming device, channel, asked and held value. Devices without the capability are left alone (their
 * limits are the HAL's alone). Stateless.
 */
public final class DeviceLimitPush {
    /** Relative slack on a current limit, so that a value exactly at the power limit is not refused by rounding. */
    static final double CURRENT_SLACK = 1e-9;

    private DeviceLimitPush() {
    }

    /** Pushes the limits of every channel of {@code spec} into {@code device} when it can take them. */
    public static void push(DeviceSpec spec, DacDevice device) {
        if (!(device instanceof DeviceLimitControl control)) {
            return;
        }
        int n = spec.channels();
        int[] chs = new int[n];
        double[] volts = new double[n];
        double[] ma = new double[n];
        for (int ch = 0; ch < n; ch++) {
            ChannelLimits l = spec.limits(ch);
            chs[ch] = ch;
            volts[ch] = Math.max(Math.abs(l.minVolts()), Math.abs(l.maxVolts()));
            ma[ch] = maxMilliamps(l, volts[ch]);
        }
        DeviceLimitControl.Readback back = control.pushLimits(chs, volts, ma);
        for (int ch = 0; ch < n; ch++) {
            // NaN: the device needed no own limit there (its full scale is already within the bench's)
            if (back.maxVolts()[ch] > volts[ch]) {
                throw new LabException("device '" + spec.name() + "' channel " + ch + ": its own limit VMAX was set "
                        + "to " + volts[ch] + " V but reads back " + back.maxVolts()[ch] + " V; the device cannot "
                        + "hold the bench limit, so it is not opened for writing");
            }
            if (back.maxMilliamps()[ch] > ma[ch]) {
                throw new LabException("device '" + spec.name() + "' channel " + ch + ": its own limit IMAX was set "
                        + "to " + ma[ch] + " mA but reads back " + back.maxMilliamps()[ch] + " mA; the device "
                        + "cannot hold the bench limit, so it is not opened for writing");
            }
        }
    }

    /** The load current at the voltage or power limit, whichever is lower, mA; +Infinity without a load. */
    static double maxMilliamps(ChannelLimits l, double maxVolts) {
        if (Double.isInfinite(l.loadOhms())) {
            return Double.POSITIVE_INFINITY;
        }
        double amps = maxVolts / l.loadOhms();
        if (Double.isFinite(l.maxPowerWatts())) {
            amps = Math.min(amps, Math.sqrt(l.maxPowerWatts() / l.loadOhms()));
        }
        return amps * 1000.0 * (1 + CURRENT_SLACK);
    }
}
