package org.photonlab.hal.testing;

import org.photonlab.hal.spi.DacDevice;

/** A DAC device that passes everything to another one; tests override what they change. */
public class ForwardingDacDevice implements DacDevice {
    private final DacDevice inner;

    public ForwardingDacDevice(DacDevice inner) {
        this.inner = inner;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public int channelCount() {
        return inner.channelCount();
    }

    @Override
    public void write(int[] channels, double[] volts) {
        inner.write(channels, volts);
    }

    @Override
    public double[] read(int[] channels) {
        return inner.read(channels);
    }

    @Override
    public void close() {
        inner.close();
    }
}
