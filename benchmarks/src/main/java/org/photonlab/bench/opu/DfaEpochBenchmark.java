package org.photonlab.bench.opu;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.simulator.opu.SimulatedProjector;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.dfa.DfaConfig;
import org.photonlab.training.dfa.DfaMode;
import org.photonlab.training.dfa.DfaResult;
import org.photonlab.training.dfa.DfaTrainer;
import org.photonlab.training.dfa.linear.AnchorTernaryStrategy;

/**
 * One DFA training epoch on the bundled MNIST (8,000 samples, 784-512-512-10 tanh, batch 32, SGD momentum), as
 * {@code photonlab train dfa --epochs 1} runs it: network initialisation, the epoch and the 2,000-sample test
 * evaluation (about 0.05 s of the total). {@code optical}: the feedback comes from the simulated OPU through the
 * HAL with the 4-frame anchor method (Poisson-noisy 8-bit camera), as in the default {@code train dfa}. Alignment
 * measurement is off (it costs one extra backward pass per epoch). {@code threads}: dense kernels on the common
 * fork-join pool.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DfaEpochBenchmark {
    @Param({"false", "true"})
    public boolean threads;

    private Split data;
    private SimulatedProjector device;
    private LinearProjection projection;

    @Setup(Level.Trial)
    public void setUp() {
        data = Datasets.mnist28();
        device = SimulatedProjector.create("bench-dfa-opu", 0);
        device.open();
        projection = device.linear(new AnchorTernaryStrategy(), 10, 512);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        device.close();
    }

    private DfaConfig config(DfaMode mode) {
        return DfaConfig.defaults(mode, 0).withEpochs(1).withParallel(threads).withAlignment(false);
    }

    @Benchmark
    public DfaResult digital() {
        return new DfaTrainer(config(DfaMode.DFA), null).train(data.train(), data.test(), null);
    }

    @Benchmark
    public DfaResult optical() {
        return new DfaTrainer(config(DfaMode.OPTICAL), projection).train(data.train(), data.test(), null);
    }

    @Benchmark
    public DfaResult backprop() {
        return new DfaTrainer(config(DfaMode.BP), null).train(data.train(), data.test(), null);
    }
}
