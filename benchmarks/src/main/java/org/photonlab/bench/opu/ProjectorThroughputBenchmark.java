package org.photonlab.bench.opu;

import java.util.SplittableRandom;
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
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;
import org.photonlab.simulator.opu.LightonCompatDevice;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;

/**
 * One {@code transform} call of the simulated projector at the sizes (batch × features → components), inputs
 * binary with density 1/2, seeded. {@code compat}: lightonml's {@code SimulatedOpuDevice} semantics (float |xR|²),
 * directly comparable with lightonml's NumPy device. Both modes keep matrices of up to 4 M entries (the 32 × 10 → 512
 * case), as lightonml keeps its matrix, and regenerate larger ones on every call (never stored).
 * {@code physics}: the HAL device (lined mapping over 1,039,680 mirrors, full ROI, Poisson + read noise, 8-bit).
 * The 100 × 10,000 → 100,000 case runs in a 2 GiB heap: its 8 GB matrix is never stored.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ProjectorThroughputBenchmark {
    /** batch x features x components. */
    @Param({"32x10x512", "1000x1000x10000", "100x10000x100000"})
    public String shape;

    private BinaryBatch x;
    private LightonCompatDevice compat;
    private SimulatedProjector physics;

    @Setup(Level.Trial)
    public void setUp() {
        String[] p = shape.split("x");
        int batch = Integer.parseInt(p[0]);
        int n = Integer.parseInt(p[1]);
        int m = Integer.parseInt(p[2]);
        SplittableRandom rnd = new SplittableRandom(42);
        byte[] bits = new byte[batch * n];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (rnd.nextBoolean() ? 1 : 0);
        }
        x = BinaryBatch.of(bits, batch, n);
        compat = new LightonCompatDevice(n, m, 0, true);
        physics = new SimulatedProjector(SimulatedProjector.defaultInfo("bench-opu-" + shape),
                PhysicsParams.defaults(0));
        physics.open();
        physics.configure(ProjectorConfig.builder().features(n).components(m).build());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        physics.close();
    }

    @Benchmark
    public float[] compat() {
        return compat.transform(x);
    }

    @Benchmark
    public ProjectionResult physics() {
        return physics.transform(x);
    }
}
