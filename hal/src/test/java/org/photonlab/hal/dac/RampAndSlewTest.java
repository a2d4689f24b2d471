package org.photonlab.hal.dac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.time.VirtualClock;

/** Ramps in the HAL, spaced by step/slew on the bench clock (virtual here, so no timing is measured). */
class RampAndSlewTest {
    /** 0..10 V analog, ramp step 1 V, slew 100 V/s: one step per 10 ms. */
    private static final ChannelLimits RAMPED = new ChannelLimits(0.0, 10.0, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY).withSlew(100.0, 1.0);

    /** Records each write with the bench time it arrived at. */
    static final class TimedDevice implements DacDevice {
        final VirtualClock clock;
        final double[] v;
        final List<double[]> writes = new ArrayList<>();
        final List<Long> times = new ArrayList<>();

        TimedDevice(VirtualClock clock, int n) {
            this.clock = clock;
            this.v = new double[n];
        }

        @Override
        public String name() {
            return "d";
        }

        @Override
        public int channelCount() {
            return v.length;
        }

        @Override
        public void write(int[] channels, double[] volts) {
            writes.add(volts.clone());
            times.add(clock.nanoTime());
            for (int i = 0; i < channels.length; i++) {
                v[channels[i]] = volts[i];
            }
        }

        @Override
        public double[] read(int[] channels) {
            double[] out = new double[channels.length];
            for (int i = 0; i < channels.length; i++) {
                out[i] = v[channels[i]];
            }
            return out;
        }

        @Override
        public void close() {
        }
    }

    private static DefaultDacBank bank(ChannelLimits l, TimedDevice dev) {
        return new DefaultDacBank(DeviceSpec.dac("d", "fake", dev.v.length, l, DacResolution.ANALOG, Map.of()), dev,
                OpenMode.CONTROL, dev.clock, null);
    }

    @Test
    void aBigSetBecomesStepsNoBiggerThanTheRampStepSpacedByStepOverSlew() {
        VirtualClock clock = new VirtualClock();
        TimedDevice dev = new TimedDevice(clock, 2);
        DefaultDacBank bank = bank(RAMPED, dev);
        assertEquals(3.5, bank.set(0, 3.5));
        assertEquals(4, dev.writes.size(), "3.5 V in steps of at most 1 V");
        double prev = 0;
        for (double[] w : dev.writes) {
            assertTrue(Math.abs(w[0] - prev) <= 1.0 + 1e-12, "step " + (w[0] - prev));
            prev = w[0];
        }
        assertEquals(3.5, dev.v[0]);
        for (int i = 1; i < dev.times.size(); i++) {
            long gap = dev.times.get(i) - dev.times.get(i - 1);
            assertEquals(8_750_000L, gap, 1, "0.875 V at 100 V/s"); // 3.5 V / 4 steps
        }
    }

    @Test
    void vectorWritesSafeStateAndCloseRampToo() {
        VirtualClock clock = new VirtualClock();
        TimedDevice dev = new TimedDevice(clock, 2);
        DefaultDacBank bank = bank(RAMPED, dev);
        bank.write(new int[] {0, 1}, new double[] {2.0, 6.0});
        assertEquals(6, dev.writes.size(), "the slowest channel (6 V) sets the step count");
        assertArrayEquals(new double[] {1.0 / 3, 1.0}, dev.writes.get(0), 1e-12);
        dev.writes.clear();
        bank.safeState();
        assertEquals(6, dev.writes.size(), "the safe state ramps down");
        assertArrayEquals(new double[] {0, 0}, dev.v);
        bank.set(1, 2.0);
        dev.writes.clear();
        bank.close();
        assertEquals(2, dev.writes.size(), "close ramps to the safe state");
        assertEquals(0.0, dev.v[1]);
    }

    @Test
    void aSmallChangeIsOneWriteButStillWaitsForTheSlewOfThePreviousOne() {
        VirtualClock clock = new VirtualClock();
        TimedDevice dev = new TimedDevice(clock, 1);
        DefaultDacBank bank = bank(RAMPED, dev);
        bank.set(0, 0.5);
        bank.set(0, 0.7);
        assertEquals(2, dev.writes.size());
        assertEquals(5_000_000L, dev.times.get(1) - dev.times.get(0), 1, "0.5 V at 100 V/s before the next write");
    }

    @Test
    void aRefusedWriteWritesNoStepAtAll() {
        VirtualClock clock = new VirtualClock();
        TimedDevice dev = new TimedDevice(clock, 2);
        DefaultDacBank bank = bank(RAMPED, dev);
        assertThrows(LimitViolationException.class, () -> bank.write(new int[] {0, 1}, new double[] {5.0, 11.0}));
        assertTrue(dev.writes.isEmpty());
    }

    @Test
    void withoutARampAWriteIsOneDeviceWriteAndNothingIsReadBack() {
        VirtualClock clock = new VirtualClock();
        TimedDevice dev = new TimedDevice(clock, 1);
        DefaultDacBank bank = bank(new ChannelLimits(0, 10, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), dev);
        bank.set(0, 9.0);
        assertEquals(1, dev.writes.size());
        assertEquals(0L, clock.nanoTime(), "no wait without a slew limit");
    }

    @Test
    void aSlewWithoutARampStepAndARampOfMillionsOfStepsAreRefused() {
        assertThrows(BenchConfigException.class, () -> new ChannelLimits(0, 1, 1, 1, 10.0, ChannelLimits.OFF));
        assertThrows(BenchConfigException.class, () -> new ChannelLimits(0, 1, 1, 1, 10.0, -1.0));
        ChannelLimits tiny = new ChannelLimits(0, 10, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)
                .withSlew(ChannelLimits.OFF, 1e-9);
        assertThrows(BenchConfigException.class, () -> bank(tiny, new TimedDevice(new VirtualClock(), 1)));
    }
}
