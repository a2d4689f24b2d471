package org.photonlab.hal.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.CoreTiming;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.DeviceTiming;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.detect.ReadoutUnit;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.testing.RecordingDacDevice;
import org.photonlab.hal.time.BenchClock;

/**
 * The SVD core through a bench of recording devices: per-heater laws, crosstalk compensation, per-channel limits,
 * settle waits on the bench clock and over-range flags, checked on what reaches the devices.
 */
class SvdCoreTest {
    private static final double G = 0.165;
    private static final ChannelLimits LIMITS = new ChannelLimits(0, 10, 1, 1000);
    private static final ChannelLimits INPUT = new ChannelLimits(-2, 2, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    /**
     * A k = 2 core: one U MZI (mesh[0]), one V MZI (mesh[1]), Σ on sig[0..1], signs on sig[2..5]; devices that cost
     * no bench time, so the core's own timing is all that is waited.
     */
    private static BenchDescription bench(Map<Integer, ChannelLimits> meshLimits, CoreTiming timing) {
        return BenchDescription.builder("t")
                .device(DeviceSpec.dac("mesh", "fake", 2, LIMITS, DacResolution.ANALOG, Map.of())
                        .withChannelLimits(meshLimits).withTiming(DeviceTiming.FREE))
                .device(DeviceSpec.dac("sig", "fake", 6, LIMITS, DacResolution.ANALOG, Map.of())
                        .withTiming(DeviceTiming.FREE))
                .device(DeviceSpec.dac("in", "fake", 2, INPUT, DacResolution.ANALOG, Map.of())
                        .withTiming(DeviceTiming.FREE))
                .device(DeviceSpec.detector("pd", "fake", 2, ReadoutUnit.VOLT_COHERENT, AdcResolution.IDEAL, Map.of())
                        .withTiming(DeviceTiming.FREE))
                .core(CoreSpec.contiguous("c", 2, "mesh", 0, "sig", 0, "in", 0, "pd", 0, G).withTiming(timing))
                .build();
    }

    /** A clock that only moves when waited on, recording every wait. */
    static final class VirtualClock implements BenchClock {
        long now = 1_000;
        int reads;
        final List<Long> waits = new ArrayList<>();

        @Override
        public long nanoTime() {
            reads++;
            return now;
        }

        @Override
        public void sleepUntil(long deadlineNanos) {
            waits.add(deadlineNanos);
            now = Math.max(now, deadlineNanos);
        }
    }

    /** A backend of recording DACs, a detector that echoes the inputs (flagging |x| > 1) and a virtual clock. */
    static final class Fake implements BackendProvider {
        final Map<String, RecordingDacDevice> dacs = new LinkedHashMap<>();
        final VirtualClock clock = new VirtualClock();
        final List<Long> readTimes = new ArrayList<>();

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public boolean isSimulated() {
            return true;
        }

        @Override
        public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
            for (DeviceSpec d : devices) {
                if (d.kind() == org.photonlab.hal.bench.DeviceKind.DAC) {
                    dacs.put(d.name(), new RecordingDacDevice(d.name(), d.channels()));
                }
            }
            DetectorDevice echo = new DetectorDevice() {
                @Override
                public String name() {
                    return "pd";
                }

                @Override
                public int channelCount() {
                    return 2;
                }

                @Override
                public double[] read(int[] channels) {
                    return acquire(channels).values();
                }

                @Override
                public DetectorReading acquire(int[] channels) {
                    readTimes.add(clock.now);
                    double[] in = dacs.get("in").setpoints();
                    double[] v = new double[channels.length];
                    boolean[] over = new boolean[channels.length];
                    for (int i = 0; i < channels.length; i++) {
                        over[i] = Math.abs(in[channels[i]]) > 1;
                        v[i] = over[i] ? Math.signum(in[channels[i]]) : in[channels[i]];
                    }
                    return new DetectorReading(v, over);
                }

                @Override
                public void close() {
                }
            };
            return new ClockedBackend(dacs, echo, clock);
        }
    }

    record ClockedBackend(Map<String, RecordingDacDevice> dacs, DetectorDevice pd, BenchClock clock)
            implements Backend, BenchClock {
        @Override
        public Optional<DacDevice> dac(String device) {
            return Optional.ofNullable(dacs.get(device));
        }

        @Override
        public Optional<DetectorDevice> detector(String device) {
            return device.equals("pd") ? Optional.of(pd) : Optional.empty();
        }

        @Override
        public long nanoTime() {
            return clock.nanoTime();
        }

        @Override
        public void sleepUntil(long deadlineNanos) {
            clock.sleepUntil(deadlineNanos);
        }

        @Override
        public void close() {
        }
    }

    private static CorePhases phases(double u, double v) {
        return new CorePhases(new double[] {u}, new double[] {v}, new double[] {0.5, 1.0}, new double[4]);
    }

    @Test
    void isAnSvdCoreWithItsSectionsAndTheNominalLaw() {
        Fake fake = new Fake();
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(fake))) {
            PhotonicCore core = b.core("c");
            assertTrue(core instanceof SvdCore);
            assertEquals(List.of(CoreSection.U, CoreSection.V, CoreSection.SIGMA, CoreSection.SIGN), core.sections());
            assertEquals(1, core.phaseCount(CoreSection.U));
            assertEquals(4, core.phaseCount(CoreSection.SIGN));
            core.program(phases(2.0, 1.0));
            assertEquals(Math.sqrt(2.0 / G), fake.dacs.get("mesh").setpoints()[0], 0.0);
            assertEquals(Math.sqrt(1.0 / G), fake.dacs.get("mesh").setpoints()[1], 0.0);
        }
    }

    @Test
    void perHeaterLawsDecideTheVoltsAndTheProgrammedPhases() {
        Fake fake = new Fake();
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(fake))) {
            PhotonicCore core = b.core("c");
            ThermoOpticLaw u = new ThermoOpticLaw(0.2, 0.5);
            ThermoOpticLaw v = new ThermoOpticLaw(0.1, -0.3);
            HeaterLaw n = ThermoOpticLaw.nominal(G);
            core.calibrate(PhaseCalibration.perHeater(Map.of(CoreSection.U, List.of(u), CoreSection.V, List.of(v),
                    CoreSection.SIGMA, List.of(n, n), CoreSection.SIGN, List.of(n, n, n, n)),
                    CrosstalkCompensation.NONE));
            CorePhases p = core.program(phases(2.0, 1.0));
            assertEquals(Math.sqrt(1.5 / 0.2), fake.dacs.get("mesh").setpoints()[0], 1e-12);
            assertEquals(Math.sqrt(1.3 / 0.1), fake.dacs.get("mesh").setpoints()[1], 1e-12);
            assertEquals(2.0, p.u()[0], 1e-12, "the heater shows the phase asked for");
            assertEquals(1.0, p.v()[0], 1e-12);
            assertEquals(u.phase(fake.dacs.get("mesh").setpoints()[0]), core.programmed().u()[0], 0.0);
            assertEquals(LIMITS.power(fake.dacs.get("mesh").setpoints()[1]), core.heaterPower(CoreSection.V, 0),
                    1e-12, "power from the heater's own law");
        }
    }

    @Test
    void aCalibrationMissingHeatersIsRefusedNamingTheSection() {
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(new Fake()))) {
            PhotonicCore core = b.core("c");
            HeaterLaw n = ThermoOpticLaw.nominal(G);
            PhaseCalibration partial = PhaseCalibration.perHeater(Map.of(CoreSection.U, List.of(n),
                    CoreSection.V, List.of(n), CoreSection.SIGMA, List.of(n, n)), CrosstalkCompensation.NONE);
            LabException e = assertThrows(LabException.class, () -> core.calibrate(partial));
            assertEquals("phase calibration gives 0 heater laws for section SIGN of core 'c', which has 4 heaters",
                    e.getMessage());
            assertTrue(core.calibration().crosstalk().isIdentity(), "the nominal calibration stays");
        }
    }

    @Test
    void identityCompensationWritesOnlyTheHeaterAskedForAndACompensationRewritesTheCore() {
        Fake fake = new Fake();
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(fake))) {
            PhotonicCore core = b.core("c");
            core.program(phases(2.0, 1.0));
            core.setPhase(CoreSection.U, 0, 3.0);
            RecordingDacDevice.Write last = fake.dacs.get("mesh").writes().get(fake.dacs.get("mesh").writes().size()
                    - 1);
            assertArrayEquals(new int[] {0}, last.channels(), "identity: one channel written");

            // a compensation that pre-subtracts 10 % of the neighbours' sum on every heater
            CrosstalkCompensation tenPercent = (wanted, out) -> {
                double sum = 0;
                for (double w : wanted) {
                    sum += w;
                }
                for (int i = 0; i < wanted.length; i++) {
                    out[i] = wanted[i] - 0.1 * (sum - wanted[i]);
                }
            };
            core.calibrate(core.calibration().withCrosstalk(tenPercent));
            int before = fake.dacs.get("sig").writes().size();
            core.setPhase(CoreSection.U, 0, 2.5);
            last = fake.dacs.get("mesh").writes().get(fake.dacs.get("mesh").writes().size() - 1);
            assertArrayEquals(new int[] {0, 1}, last.channels(), "compensated: U and V rewritten");
            assertEquals(before + 1, fake.dacs.get("sig").writes().size(), "and Σ and the signs");
            double others = 1.0 + 0.5 + 1.0; // V, Σ0, Σ1; the signs are 0
            assertEquals(Math.sqrt((2.5 - 0.1 * others) / G), last.volts()[0], 1e-12);
            assertEquals(Math.sqrt((1.0 - 0.1 * (2.5 + 0.5 + 1.0)) / G), last.volts()[1], 1e-12);
        }
    }

    @Test
    void everyHeaterHasItsOwnLimitsAndAWriteBeyondThemIsRefused() {
        ChannelLimits tight = new ChannelLimits(0, 1.0, 1, 1000);
        Fake fake = new Fake();
        try (Bench b = Bench.open(bench(Map.of(1, tight), CoreTiming.NONE), List.of(fake))) {
            PhotonicCore core = b.core("c");
            assertEquals(1.0, core.limits(CoreSection.V, 0).maxVolts(), 0.0);
            assertEquals(10.0, core.limits(CoreSection.U, 0).maxVolts(), 0.0);
            core.setPhase(CoreSection.U, 0, 1.0); // √(1/γ) ≈ 2.46 V: fine on channel 0
            LimitViolationException e = assertThrows(LimitViolationException.class,
                    () -> core.setPhase(CoreSection.V, 0, 1.0));
            assertTrue(e.getMessage().contains("mesh[1]") && e.getMessage().contains("max_v 1.0 V"), e.getMessage());
            assertEquals(0.0, fake.dacs.get("mesh").setpoints()[1], 0.0, "nothing reached the device");
            assertThrows(LimitViolationException.class, () -> core.program(phases(1.0, 1.0)));
            assertEquals(Math.sqrt(1.0 / G), fake.dacs.get("mesh").setpoints()[0], 0.0, "all or nothing");
        }
    }

    @Test
    void withoutSettleTimesTheClockIsNeverConsulted() {
        Fake fake = new Fake();
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(fake))) {
            PhotonicCore core = b.core("c");
            core.program(phases(2.0, 1.0));
            core.transform(new double[] {0.1, 0.2}, 1, new double[2]);
            assertEquals(0, fake.clock.reads);
            assertTrue(fake.clock.waits.isEmpty());
        }
    }

    @Test
    void aReadAfterAHeaterWriteWaitsTheSettleOnTheBenchClock() {
        Fake fake = new Fake();
        CoreTiming t = new CoreTiming(Duration.ofMillis(5), Duration.ofMillis(1));
        try (Bench b = Bench.open(bench(Map.of(), t), List.of(fake))) {
            PhotonicCore core = b.core("c");
            fake.clock.now = 1_000_000;
            core.setPhase(CoreSection.U, 0, 1.0);
            double[] out = new double[4];
            core.transform(new double[] {0.1, 0.2, 0.3, 0.4}, 2, out);
            assertEquals(List.of(6_000_000L, 7_000_000L, 8_000_000L), fake.clock.waits,
                    "heater settle once, then the input settle after each vector");
            assertEquals(List.of(7_000_000L, 8_000_000L), fake.readTimes, "each read after its waits");
            core.transform(new double[] {0.1, 0.2}, 1, new double[2]);
            assertEquals(4, fake.clock.waits.size(), "no heater write since: only the input settle");
        }
    }

    @Test
    void overRangeReadingsAreFlaggedAndCounted() {
        try (Bench b = Bench.open(bench(Map.of(), CoreTiming.NONE), List.of(new Fake()))) {
            PhotonicCore core = b.core("c");
            double[] out = new double[4];
            boolean[] flags = new boolean[4];
            int n = core.transform(new double[] {0.5, 1.5, -1.7, 0.2}, 2, out, flags);
            assertEquals(2, n);
            assertArrayEquals(new boolean[] {false, true, true, false}, flags);
            assertArrayEquals(new double[] {0.5, 1.0, -1.0, 0.2}, out, 0.0, "the saturated values, flagged");
            assertEquals(0, core.transform(new double[] {0.5, 0.5}, 1, new double[2], null));
        }
    }

    @Test
    void theHalFlagsNonFiniteReadingsADeviceDidNotFlag() {
        DetectorDevice odd = new DetectorDevice() {
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
                return new double[] {Double.POSITIVE_INFINITY, 0.25, Double.NaN};
            }

            @Override
            public void close() {
            }
        };
        DeviceSpec spec = DeviceSpec.detector("pd", "fake", 3, ReadoutUnit.WATT, AdcResolution.IDEAL, Map.of());
        try (var pd = new org.photonlab.hal.detect.DefaultDetectorArray(spec, odd)) {
            DetectorReading r = pd.read(new int[] {0, 1, 2});
            assertTrue(r.overRange(0));
            assertFalse(r.overRange(1));
            assertTrue(r.overRange(2));
            assertEquals(2, r.overRangeCount());
        }
    }
}
