package org.photonlab.bench.zo;

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
import org.photonlab.training.zo.FlopsConfig;
import org.photonlab.training.zo.StepResult;
import org.photonlab.training.zo.ZerothOrderOptimizer;

/**
 * One FLOPS step with our defaults (Q = 10 Gaussian directions, so 11 queries, each after re-committing all 2,511
 * phases, plus the final re-commit) on CNN-S at batch 32 with the full noisy chip. Each iteration restarts from the
 * deployed phases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FlopsStepBenchmark {
    private ZoFixture fixture;
    private double[] deployed;
    private Batch batch;
    private ZerothOrderOptimizer flops;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = ZoFixture.open(1, ZoFixture.cacheDir());
        deployed = fixture.chip.phases();
        batch = Batch.range(fixture.data.train(), 0, 32);
    }

    @Setup(Level.Iteration)
    public void restart() {
        fixture.chip.setPhases(deployed);
        flops = FlopsConfig.defaults().create(fixture.chip, 1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public StepResult step() {
        return flops.step(batch);
    }
}
