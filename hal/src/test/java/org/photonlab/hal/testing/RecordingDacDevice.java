package org.photonlab.hal.testing;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.hal.spi.DacDevice;

/** A DAC device that holds setpoints and records every write it receives, for checking what reached a device. */
public class RecordingDacDevice implements DacDevice {
    /** One write as received. */
    public record Write(int[] channels, double[] volts) {
    }

    private final String name;
    private final double[] setpoints;
    private final List<Write> writes = new ArrayList<>();
    private boolean closed;

    public RecordingDacDevice(String name, int channels) {
        this.name = name;
        this.setpoints = new double[channels];
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
    public void write(int[] channels, double[] volts) {
        writes.add(new Write(channels.clone(), volts.clone()));
        for (int i = 0; i < channels.length; i++) {
            setpoints[channels[i]] = volts[i];
        }
    }

    @Override
    public double[] read(int[] channels) {
        double[] out = new double[channels.length];
        for (int i = 0; i < channels.length; i++) {
            out[i] = setpoints[channels[i]];
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<Write> writes() {
        return writes;
    }

    /** The current setpoint of every channel (not a copy). */
    public double[] setpoints() {
        return setpoints;
    }

    public boolean isClosed() {
        return closed;
    }
}
