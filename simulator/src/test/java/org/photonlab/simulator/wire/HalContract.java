package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.detect.DetectorReading;

/**
 * The HAL contract every backend of the demo bench must meet, so that training cannot tell them apart: what is
 * written reads back exactly, limits are enforced before anything reaches a device, and a core workload gives
 * exactly the readings of the in-process chip simulator. One subclass per backend.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HalContract {
    static final long SEED = 7;

    /** Prepares the backend (servers, ptys) once per class. */
    protected void startBackend() {
    }

    /** Opens the demo bench on the backend under test. */
    protected abstract Bench openBench();

    protected void stopBackend() {
    }

    @BeforeAll
    void setUp() {
        startBackend();
    }

    @AfterAll
    void tearDown() {
        stopBackend();
    }

    static BenchDescription demo() {
        return DemoBench.description();
    }

    @Test
    void everyChannelReadsBackWhatWasWrittenAfterDacRounding() {
        try (Bench bench = openBench()) {
            for (String name : List.of("mesh_dac", "sigma_dac", "modulators")) {
                DacBank dac = bench.dac(name);
                int n = dac.channelCount();
                int[] all = new int[n];
                double[] v = new double[n];
                double max = dac.channel(0).limits().maxVolts();
                for (int i = 0; i < n; i++) {
                    all[i] = i;
                    v[i] = max * (i + 1) / (n + 1.5);
                }
                double[] applied = dac.write(all, v);
                assertArrayEquals(applied, dac.readAll(), 0.0, name);
                assertEquals(applied[3], dac.read(3), 0.0, name);
                double one = dac.set(n - 1, max / 3);
                assertEquals(one, dac.read(n - 1), 0.0, name);
            }
        }
    }

    @Test
    void outOfLimitWritesAreRefusedAndChangeNothing() {
        try (Bench bench = openBench()) {
            DacBank dac = bench.dac("mesh_dac");
            double before = dac.read(2);
            assertThrows(LimitViolationException.class, () -> dac.write(new int[] {1, 2},
                    new double[] {1.0, dac.channel(2).limits().maxVolts() + 1}));
            assertEquals(before, dac.read(2), 0.0);
        }
    }

    @Test
    void detectorReadsEveryChannelAndCoreWorkloadEqualsInProcess() {
        List<double[]> expected;
        try (Bench reference = Bench.open(Benches.inProcess(demo()))) {
            expected = CoreWorkload.run(reference, SEED, 6, 3);
        }
        List<double[]> actual;
        try (Bench bench = openBench()) {
            DetectorArray pd = bench.detector("detectors");
            DetectorReading all = pd.read(new int[] {0, 1, 2, 3, 4, 5, 6, 7});
            assertEquals(8, all.size());
            assertFalse(all.anyOverRange(), "the demo chip's outputs are within the detectors' range");
            actual = CoreWorkload.run(bench, SEED, 6, 3);
        }
        assertRecordsEqual(expected, actual);
    }

    static void assertRecordsEqual(List<double[]> expected, List<double[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), 0.0, "record " + i + " (seed " + SEED + ")");
        }
    }
}
