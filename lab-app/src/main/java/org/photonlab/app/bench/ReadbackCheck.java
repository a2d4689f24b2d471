package org.photonlab.app.bench;

import org.photonlab.hal.LabException;
import org.photonlab.hal.dac.DacChannelInfo;

/**
 * After a manual write: the device must read back what the host's model of the DAC says it outputs, to within one
 * step (LSB) of that model. A bigger difference means the bench file's resolution is not the device's (the host
 * rounds to one grid, the device to another), so every value the host computes is off; it is an error naming the
 * channel, the applied and the read value.
 */
final class ReadbackCheck {
    /** Tolerance of an analog channel, whose model has no step: the wire formats carry setpoints exactly. */
    static final double ANALOG_TOLERANCE_V = 1e-6;

    private ReadbackCheck() {
    }

    static void check(DacChannelInfo channel, double applied, double readBack) {
        double lsb = channel.resolution().isAnalog() ? ANALOG_TOLERANCE_V : channel.resolution().lsbAt(applied);
        if (!(Math.abs(readBack - applied) <= lsb * (1 + 1e-9))) {
            throw new LabException("channel " + channel.id() + " was set to " + applied + " V but reads back "
                    + readBack + " V, more than one DAC step (" + lsb + " V) of the bench file's resolution away: "
                    + "the device's resolution is not the one the bench file declares (resolution: bits, "
                    + "full_scale_v, transfer)");
        }
    }
}
