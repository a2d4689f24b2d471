package org.photonlab.simulator.chip;

import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * A simulated detector array: channel ch reads output {@code index[ch]} of the core it is wired to, for that core's
 * current heater and input modulator setpoints; unwired channels read the ADC's value for 0. A reading whose signal
 * lies outside the ADC's range is flagged over range. Thread-safe.
 */
final class SimDetectorDevice implements DetectorDevice {
    private final String name;
    private final Readout readout;
    private final CoreModel[] core;
    private final int[] index;

    SimDetectorDevice(String name, int channels, Readout readout) {
        this.name = name;
        this.readout = readout;
        this.core = new CoreModel[channels];
        this.index = new int[channels];
    }

    void wire(int ch, CoreModel c, int output) {
        core[ch] = c;
        index[ch] = output;
    }

    Readout readout() {
        return readout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int channelCount() {
        return core.length;
    }

    @Override
    public double[] read(int[] channels) {
        return acquire(channels).values();
    }

    @Override
    public DetectorReading acquire(int[] channels) {
        double[] out = new double[channels.length];
        boolean[] over = new boolean[channels.length];
        for (int i = 0; i < channels.length; i++) {
            CoreModel c = core[channels[i]];
            if (c == null) {
                out[i] = readout.noiseless(0.0);
                continue;
            }
            double s;
            synchronized (c) {
                s = readout.analog(c.outputForCurrentInputs(index[channels[i]]), c.readoutRng);
            }
            over[i] = readout.overRange(s);
            out[i] = readout.convert(s);
        }
        return new DetectorReading(out, over);
    }

    @Override
    public void close() {
        // nothing to release
    }
}
