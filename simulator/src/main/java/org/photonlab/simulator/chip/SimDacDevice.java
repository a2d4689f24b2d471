package org.photonlab.simulator.chip;

import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.spi.DacDevice;

/**
 * A simulated DAC: holds one setpoint per channel and forwards each write to the core heater or input modulator the
 * channel is wired to (channels wired to nothing just hold their value). Thread-safe.
 */
final class SimDacDevice implements DacDevice {
    private final String name;
    private final double[] setpoints;
    private final CoreModel[] core;
    private final CoreSection[] section;
    private final int[] index;

    SimDacDevice(String name, int channels) {
        this.name = name;
        this.setpoints = new double[channels];
        this.core = new CoreModel[channels];
        this.section = new CoreSection[channels];
        this.index = new int[channels];
    }

    /** Wires channel {@code ch} to phase {@code i} of {@code s} (null: input modulator {@code i}) of {@code c}. */
    void wire(int ch, CoreModel c, CoreSection s, int i) {
        core[ch] = c;
        section[ch] = s;
        index[ch] = i;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int channelCount() {
        return setpoints.length;
    }

    @Override
    public synchronized void write(int[] channels, double[] volts) {
        for (int i = 0; i < channels.length; i++) {
            int ch = channels[i];
            setpoints[ch] = volts[i];
            if (core[ch] != null) {
                core[ch].set(section[ch], index[ch], volts[i]);
            }
        }
    }

    @Override
    public synchronized double[] read(int[] channels) {
        double[] out = new double[channels.length];
        for (int i = 0; i < channels.length; i++) {
            out[i] = setpoints[channels[i]];
        }
        return out;
    }

    @Override
    public void close() {
        // nothing to release: the HAL has already written the safe state
    }
}
