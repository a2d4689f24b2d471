package org.photonlab.bench.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.DemoBench;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;

/**
 * One set + read through the whole stack (HAL bank → Qontrol driver → Netty TCP loopback → wire simulator → chip
 * model and back), beside a raw blocking socket echo of the same two lines in the same run. Two round trips each:
 * {@code V3=<v>} → {@code OK}, then {@code V3?} → value. Target: the driver within 1.5× of the raw echo. Two raw
 * baselines: {@link #rawEchoTwoLines} (the original one, reading the echo byte by byte) and
 * {@link #rawEchoTwoLinesBuffered} (reading it into a buffer, the lower floor); docs/drivers.md gives both ratios.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'wire.RoundTripBenchmark'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class RoundTripBenchmark {
    private WireSimulator sim;
    private Bench bench;
    private DacBank dac;
    private RawEchoServer echo;
    private final byte[] setLine = "V3=2.5023960282802844\n".getBytes(StandardCharsets.US_ASCII);
    private final byte[] getLine = "V3?\n".getBytes(StandardCharsets.US_ASCII);
    private int flip;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral());
        bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()));
        dac = bench.dac("mesh_dac");
        echo = new RawEchoServer();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        echo.close();
        bench.close();
        sim.close();
    }

    /** Driver: a set, then a read of the same channel. */
    @Benchmark
    public double driverSetThenRead() {
        flip ^= 1;
        dac.set(3, flip == 0 ? 2.5 : 3.5);
        return dac.read(3);
    }

    /** Baseline: the same two lines echoed by a raw socket; the client reads the echo one byte per read call. */
    @Benchmark
    public int rawEchoTwoLines() throws Exception {
        return echo.roundTrip(setLine) + echo.roundTrip(getLine);
    }

    /**
     * Baseline without the per-byte reads: the same two lines, the echo read into a buffer (one read call per line,
     * as the driver's event loop reads). About 13 µs faster than {@link #rawEchoTwoLines} here.
     */
    @Benchmark
    public int rawEchoTwoLinesBuffered() throws Exception {
        return echo.roundTripBuffered(setLine) + echo.roundTripBuffered(getLine);
    }
}
