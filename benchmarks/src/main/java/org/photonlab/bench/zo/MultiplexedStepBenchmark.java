package org.photonlab.bench.zo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.photonlab.training.data.Batch;
import org.photonlab.training.zo.ActiveSet;
import org.photonlab.training.zo.MixedTrainConfig;

/**
 * Time-multiplexing against one core per block, in the same JMH run: CNN-S at batch 32 on the default noisy scenario
 * with {@code cores} = 31 (one core per block) and 1 (every block reprogrammed onto one core in turn).
 * {@link #forward}: a full forward of a batch (two batches alternate, so every block is measured, and on one core
 * every block is written). {@link #coordinateStep}: one SZO-SCD coordinate step as in
 * {@link SzoScdCoordinateStepBenchmark} (commit one phase change, one query: the changed block and what lies
 * downstream re-measured, on one core each of them written first).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultiplexedStepBenchmark {
    @Param({"31", "1"})
    public int cores;

    private ZoFixture fixture;
    private Batch[] batches;
    private int turn;
    private List<int[]> coords;
    private int next;
    private int pass;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = ZoFixture.open(1, ZoFixture.cacheDir(), Map.of(), cores);
        batches = new Batch[] {Batch.range(fixture.data.train(), 0, 32), Batch.range(fixture.data.train(), 32, 32)};
        coords = ActiveSet.mixed(fixture.chip.groups(), 0.85, 1, false).coordinates();
        fixture.chip.loss(batches[0]);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public double forward() {
        turn ^= 1;
        return fixture.chip.loss(batches[turn]);
    }

    @Benchmark
    public double coordinateStep() {
        int[] c = coords.get(next);
        if (++next == coords.size()) {
            next = 0;
            pass++;
        }
        double delta = (pass % 2 == 0 ? 1 : -1) * MixedTrainConfig.LSB_8BIT;
        fixture.chip.setPhase(c[0], c[1], fixture.chip.phase(c[0], c[1]) + delta);
        return fixture.chip.loss(batches[0]);
    }
}
