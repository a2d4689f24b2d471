package org.photonlab.hal.detect;

import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * The HAL's detector array over any backend device: checks channel indices, the reply's length and lifecycle, and
 * flags every non-finite value as over range besides what the device flags. Calls are serialised.
 */
public final class DefaultDetectorArray implements DetectorArray {
    private final DeviceSpec spec;
    private final DetectorDevice device;
    private boolean closed;

    public DefaultDetectorArray(DeviceSpec spec, DetectorDevice device) {
        this.spec = spec;
        this.device = device;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int channelCount() {
        return spec.channels();
    }

    @Override
    public ReadoutUnit unit() {
        return spec.unit();
    }

    @Override
    public AdcResolution adc() {
        return spec.adc();
    }

    @Override
    public synchronized DetectorReading read(int[] channels) {
        if (closed) {
            throw new LabException("detector '" + spec.name() + "' is closed");
        }
        for (int ch : channels) {
            if (ch < 0 || ch >= spec.channels()) {
                throw new LabException("detector '" + spec.name() + "' has no channel " + ch + "; expected 0.."
                        + (spec.channels() - 1));
            }
        }
        DetectorReading r = device.acquire(channels); // the SPI neither modifies nor keeps it
        if (r.size() != channels.length) {
            throw new LabException("detector '" + spec.name() + "' returned " + r.size() + " readings for "
                    + channels.length + " channels");
        }
        for (int i = 0; i < r.size(); i++) {
            if (!Double.isFinite(r.values()[i])) {
                r.overRange()[i] = true;
            }
        }
        return r;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            device.close();
        }
    }
}
