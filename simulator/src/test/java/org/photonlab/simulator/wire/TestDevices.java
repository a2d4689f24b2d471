package org.photonlab.simulator.wire;

import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;

/** The small devices the transcripts are written for (see wire/README.md in the protocols module's test data). */
final class TestDevices {
    static final double[] POWERS = {1.000904E-03, 2.113E-04, 0.0, 5.5002E-05, 0, 0, 0, 0};

    private TestDevices() {
    }

    /** A DAC device that just holds its setpoints. */
    static final class HoldingDac implements DacDevice {
        final double[] volts;

        HoldingDac(int n) {
            volts = new double[n];
        }

        @Override
        public String name() {
            return "test-dac";
        }

        @Override
        public int channelCount() {
            return volts.length;
        }

        @Override
        public synchronized void write(int[] channels, double[] v) {
            for (int i = 0; i < channels.length; i++) {
                volts[channels[i]] = v[i];
            }
        }

        @Override
        public synchronized double[] read(int[] channels) {
            double[] out = new double[channels.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = volts[channels[i]];
            }
            return out;
        }

        @Override
        public void close() {
        }
    }

    /** Two Q8iv modules, ideal 12 V DACs, 24 mA, 1 kΩ heaters. */
    static QontrolChain chain() {
        return chain(2);
    }

    /** {@code modules} Q8iv modules ({@code Q8iv-01A0}, {@code Q8iv-01A1}, ...), as {@link #chain()}. */
    static QontrolChain chain(int modules) {
        int channels = modules * QontrolChain.MODULE_CHANNELS;
        return new QontrolChain("Q8iv-01A0", channels, new DacResolution(0, 12.0, DacResolution.Transfer.VOLTAGE),
                12.0, 24.0, 1000.0, false, new HoldingDac(channels));
    }

    /** The 8-channel meter with fixed readings. */
    static ScpiPowerMeter meter() {
        DetectorDevice fixed = new DetectorDevice() {
            @Override
            public String name() {
                return "test-pm";
            }

            @Override
            public int channelCount() {
                return POWERS.length;
            }

            @Override
            public double[] read(int[] channels) {
                double[] out = new double[channels.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = POWERS[channels[i]];
                }
                return out;
            }

            @Override
            public void close() {
            }
        };
        return new ScpiPowerMeter("PHOTONLAB,PM8,0001,1.0", fixed, 1.0);
    }
}
