package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.DeviceTiming;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.time.BenchClock;
import org.photonlab.hal.time.BenchTimeReport;

/** The bench-time model on the simulator: what each HAL call costs, on the simulator's virtual clock. */
class BenchTimeTest {
    private static final double BIT = 10.0 / 115_200; // one byte on a 115200-baud 8N1 line, s

    private static Bench open(double heaterTauUs) {
        BenchDescription std = StandardBenches.simulatedChip("t", 1, 4, "phase", Chips.ideal());
        BenchDescription.Builder b = BenchDescription.builder("t");
        for (DeviceSpec d : std.devices().values()) {
            b.device(d.name().equals("mesh_dac") ? d.withTiming(DeviceTiming.read("t", DeviceKind.DAC,
                    Map.of("settle_tau_us", heaterTauUs))) : d);
        }
        std.cores().forEach(b::core);
        return Bench.open(b.physics(std.physics()).build(), List.of(new SimBackendProvider()));
    }

    @Test
    void oneHeaterWriteCostsItsCommandItsReadBackAndTheSettleBeforeTheNextReading() {
        try (Bench bench = open(1000)) {
            PhotonicCore core = bench.core("core0");
            BenchClock clock = bench.time().clock();
            BenchTimeReport before = bench.time().report();
            long t0 = clock.nanoTime();
            core.setPhase(CoreSection.U, 3, 1.0); // mesh_dac channel 3
            BenchTimeReport w = bench.time().report().since(before);
            assertEquals(1, w.writes());
            // V3=x.xxxx\n (10) + OK\n (3), then V3?\n (4) + x.xxxx\n (7): 24 bytes, 2 exchanges of 0.1 ms
            assertEquals(24 * BIT + 2e-4, w.linkS(), 1e-9);
            assertEquals(10e-6, w.settleS(), 1e-9, "the DAC update; the heater settle is waited at the next reading");
            double[] out = new double[4 * 2];
            core.transform(new double[] {1, 0, 0, 0, 0, 1, 0, 0}, 2, out);
            BenchTimeReport r = bench.time().report().since(before);
            assertEquals(2, r.acquisitions());
            double heaterSettle = 1000e-6 * Math.log(256);
            double modulators = 2 * (10e-6 + 10e-6 * Math.log(65536)); // update + analog settle per vector
            assertEquals(10e-6 + heaterSettle + modulators, r.settleS(), 1e-8);
            assertEquals(2 * 1e-3, r.acquisitionS(), 1e-12, "1 ms integration, 1 average, per reading");
            assertEquals(r.benchS(), (clock.nanoTime() - t0) * 1e-9, 1e-8,
                    "the simulator's virtual clock advanced by exactly the bench time");
        }
    }

    @Test
    void aSlowHeaterIsWaitedOnceForABatchAndAFastOneIsHiddenBehindTheLink() {
        Random rnd = new Random(11);
        try (Bench slow = open(1000); Bench fast = open(10)) {
            for (Bench b : List.of(slow, fast)) {
                PhotonicCore core = b.core("core0");
                double[] x = Chips.randomInputs(8, 4, rnd);
                core.setPhase(CoreSection.V, 0, 0.5);
                core.transform(x, 8, new double[x.length]);
                core.transform(x, 8, new double[x.length]);
            }
            double waited = slow.time().report().settleS() - fast.time().report().settleS();
            assertEquals(1000e-6 * Math.log(256) - 10e-6 * Math.log(256), waited, 1e-8,
                    "one settle per write, not per transform");
            assertEquals(slow.time().report().linkS(), fast.time().report().linkS(), 1e-12);
            assertEquals(16, slow.time().report().acquisitions());
        }
    }

    @Test
    void theBatchFastPathCostsWhatTheVectorByVectorPathCosts() {
        Random rnd = new Random(5);
        double[] x = Chips.randomInputs(6, 4, rnd);
        try (Bench a = open(200); Bench b = open(200)) {
            a.core("core0").setPhase(CoreSection.U, 1, 0.7);
            b.core("core0").setPhase(CoreSection.U, 1, 0.7);
            BenchTimeReport ra0 = a.time().report();
            BenchTimeReport rb0 = b.time().report();
            a.core("core0").transform(x, 6, new double[x.length]);
            b.core("core0").transformChannelByChannel(x, 6, new double[x.length]);
            BenchTimeReport ra = a.time().report().since(ra0);
            BenchTimeReport rb = b.time().report().since(rb0);
            assertEquals(rb.writes(), ra.writes());
            assertEquals(rb.acquisitions(), ra.acquisitions());
            assertEquals(rb.linkS(), ra.linkS(), 1e-8); // ns rounding per charge
            assertEquals(rb.settleS(), ra.settleS(), 1e-8);
            assertEquals(rb.acquisitionS(), ra.acquisitionS(), 1e-12);
        }
    }
}
