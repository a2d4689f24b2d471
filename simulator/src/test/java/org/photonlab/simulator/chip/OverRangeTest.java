package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.DetectorReading;

/** A saturating ADC is reported, not silently clipped, and both readout paths say the same. */
class OverRangeTest {
    private static final long SEED = 77;
    private static final AdcResolution NARROW = new AdcResolution(12, 0.3, true);

    private static Bench narrowAdcBench(Map<String, Object> physics) {
        BenchDescription base = StandardBenches.simulatedChip("narrow", 1, 9, "phase", physics);
        BenchDescription.Builder b = BenchDescription.builder("narrow");
        for (DeviceSpec d : base.devices().values()) {
            b.device(d.kind() != DeviceKind.DETECTOR ? d : new DeviceSpec(d.name(), d.kind(), d.backend(),
                    d.channels(), d.limits(), d.resolution(), d.safeVolts(), d.unit(), NARROW, d.options()));
        }
        base.cores().forEach(b::core);
        b.physics(base.physics());
        return Bench.open(b.build(), List.of(new SimBackendProvider()));
    }

    @Test
    void fastPathAndChannelPathFlagTheSameSaturatedReadings() {
        for (Map<String, Object> physics : List.of(Chips.ideal(),
                Chips.physics("seed", SEED, "read_noise", 0.01, "shot_noise", 0.01))) {
            try (Bench fastBench = narrowAdcBench(physics); Bench slowBench = narrowAdcBench(physics)) {
                Random rnd = new Random(SEED);
                PhotonicCore fast = fastBench.core("core0");
                PhotonicCore slow = slowBench.core("core0");
                var phases = Chips.randomPhases(9, rnd);
                fast.program(phases);
                slow.program(phases);
                int n = 30;
                double[] in = Chips.randomInputs(n, 9, rnd);
                double[] a = new double[n * 9];
                double[] b = new double[n * 9];
                boolean[] fa = new boolean[n * 9];
                boolean[] fb = new boolean[n * 9];
                int ca = fast.transform(in, n, a, fa);
                int cb = slow.transformChannelByChannel(in, n, b, fb);
                assertArrayEquals(b, a, 0.0, "seed " + SEED + " " + physics + ": same values");
                assertArrayEquals(fb, fa, "seed " + SEED + " " + physics + ": same flags");
                assertEquals(cb, ca);
                assertTrue(ca > 0 && ca < n * 9, "seed " + SEED + ": some readings saturate, not all: " + ca);
                double top = NARROW.convert(NARROW.range());
                for (int i = 0; i < a.length; i++) {
                    if (fa[i]) {
                        assertEquals(top, Math.abs(a[i]), 0.0, "a flagged reading sits at the ADC's end");
                    }
                }
                if (physics.get("read_noise") == null) {
                    assertEquals(ca, fast.transform(in, n, new double[n * 9], null), "the count without flags");
                }
            }
        }
    }

    @Test
    void aDirectDetectorReadCarriesTheFlags() {
        try (Bench bench = narrowAdcBench(Chips.ideal())) {
            PhotonicCore core = bench.core("core0");
            core.program(Chips.randomPhases(9, new Random(SEED)));
            double[] x = new double[9];
            java.util.Arrays.fill(x, 1.0);
            bench.dac(bench.description().core("core0").inputDac())
                    .write(bench.description().core("core0").inputChannels(), x);
            DetectorReading r = bench.detector(bench.description().core("core0").detector())
                    .read(bench.description().core("core0").outputChannels());
            double[] out = new double[9];
            boolean[] flags = new boolean[9];
            int n = core.transform(x, 1, out, flags);
            assertArrayEquals(flags, r.overRange(), "seed " + SEED);
            assertEquals(n, r.overRangeCount());
        }
    }
}
