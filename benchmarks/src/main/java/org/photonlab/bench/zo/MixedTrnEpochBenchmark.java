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
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;

/**
 * A full MixedTrn epoch on CNN-S / MNIST-16 with the default configuration (α_p 0.85, α_g 0.9, fresh batch of 32
 * per step, 250 steps, ~23k queries), including the test-accuracy evaluations of the run, from the deployed phases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MixedTrnEpochBenchmark {
    private ZoFixture fixture;
    private double[] deployed;
    private boolean[][] nonePassive;

    @Setup(Level.Trial)
    public void setUp() {
        fixture = ZoFixture.open(1, ZoFixture.cacheDir());
        deployed = fixture.chip.phases();
        nonePassive = new boolean[fixture.chip.groups().size()][];
        for (int g = 0; g < nonePassive.length; g++) {
            nonePassive[g] = new boolean[fixture.chip.groups().get(g).size()];
        }
    }

    /** Every invocation starts from the chip as deployed. */
    @Setup(Level.Invocation)
    public void redeploy() {
        fixture.chip.declarePassive(nonePassive);
        fixture.chip.setPhases(deployed);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        fixture.close();
    }

    @Benchmark
    public ZoRunResult epoch() {
        ZoRunConfig cfg = ZoRunConfig.builder().epochs(1).seed(1).build();
        return new ZoRun(fixture.chip, fixture.data.train(), fixture.data.test(), cfg, null).run();
    }
}
