package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.DetectorDevice;

/** The simulated meter answers SCPI's overload value for a saturated channel, as a real meter does. */
class ScpiPowerMeterOverloadTest {
    @Test
    void aSaturatedChannelAnswersTheOverloadValue() {
        DetectorDevice saturating = new DetectorDevice() {
            @Override
            public String name() {
                return "pd";
            }

            @Override
            public int channelCount() {
                return 3;
            }

            @Override
            public double[] read(int[] channels) {
                return acquire(channels).values();
            }

            @Override
            public DetectorReading acquire(int[] channels) {
                double[] all = {1.0E-03, 2.0E-03, -2.0E-03};
                boolean[] over = {false, true, true};
                double[] v = new double[channels.length];
                boolean[] f = new boolean[channels.length];
                for (int i = 0; i < channels.length; i++) {
                    v[i] = all[channels[i]];
                    f[i] = over[channels[i]];
                }
                return new DetectorReading(v, f);
            }

            @Override
            public void close() {
            }
        };
        ScpiPowerMeter meter = new ScpiPowerMeter("PHOTONLAB,PM3,0001,1.0", saturating, 2.0E-03);
        assertEquals(List.of("1.000000E-03,9.9E+37,-9.9E+37"), meter.handle("MEAS:POW? (@1:3)"));
        assertEquals(List.of("1.000000E-03"), meter.handle("MEAS:POW? (@1)"));
    }
}
