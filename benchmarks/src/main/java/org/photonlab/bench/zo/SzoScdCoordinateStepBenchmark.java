package org.photonlab.bench.zo;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.photonlab.training.data.Batch;
import org.photonlab.training.zo.ActiveSet;
import org.photonlab.training.zo.MixedTrainConfig;

/**
 * One SZO-SCD coordinate step on CNN-S at batch 32 with the full noisy chip (8-bit phase quantisation, γ drift,
 * crosstalk): commit one phase change through the HAL, then one query (forward of the mini-batch and its loss).
 * Coordinates cycle through the active set of an α_p = 0.85 mask in SZO-SCD's order (every layer, U, Σ, V), each
 * moved by +δ and back by −δ on alternate visits, so the chip stays near its deployed state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SzoScdCoordinateStepBenchmark {
    private ZoFixture fixture;
    private Batch batch;
    private List<int[]> coords;
    private int next;
    private int pass;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = ZoFixture.open(1, ZoFixture.cacheDir());
        batch = Batch.range(fixture.data.train(), 0, 32);
        coords = ActiveSet.mixed(fixture.chip.groups(), 0.85, 1, false).coordinates();
        fixture.chip.loss(batch);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public double commitAndQuery() {
        int[] c = coords.get(next);
        if (++next == coords.size()) {
            next = 0;
            pass++;
        }
        double delta = (pass % 2 == 0 ? 1 : -1) * MixedTrainConfig.LSB_8BIT;
        fixture.chip.setPhase(c[0], c[1], fixture.chip.phase(c[0], c[1]) + delta);
        return fixture.chip.loss(batch);
    }
}
