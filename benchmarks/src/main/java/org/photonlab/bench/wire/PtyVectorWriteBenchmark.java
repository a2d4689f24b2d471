package org.photonlab.bench.wire;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.wire.DemoBench;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;

/**
 * Vector writes of all 56 mesh channels (seven {@code VVEC} lines, one per module, each answered {@code OK}) through
 * jSerialComm over a socat pty into the wire simulator. The {@code bytes} counter is the wire traffic per second in
 * both directions; a real 115,200-baud 8N1 line carries at most 11,520 bytes/s, so a result far above that shows the
 * driver would keep a real line busy (the pty has no baud rate). Needs socat.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar 'wire.PtyVectorWriteBenchmark'}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class PtyVectorWriteBenchmark {
    private WireSimulator sim;
    private Bench bench;
    private DacBank dac;
    private final int[] channels = new int[56];
    private final double[][] volts = new double[2][56];
    private final long[] bytesPerWrite = new long[2];
    private int flip;

    /** Bytes moved on the wire per second (host lines and replies). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Traffic {
        public long bytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("photonlab-bench-pty");
        sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral().withPty(dir));
        bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.PTY_JSERIALCOMM, Map.of()));
        dac = bench.dac("mesh_dac");
        for (int i = 0; i < 56; i++) {
            channels[i] = i;
            for (int f = 0; f < 2; f++) {
                volts[f][i] = dac.quantize(i, 3.0 + f + (i % 7) * 0.1);
            }
        }
        for (int f = 0; f < 2; f++) {
            long n = 0;
            for (int m = 0; m < 7; m++) {
                StringBuilder b = new StringBuilder("VVEC").append(m * 8).append('=');
                for (int k = 0; k < 8; k++) {
                    b.append(k == 0 ? "" : ",").append(QontrolFormat.number(volts[f][m * 8 + k]));
                }
                n += b.length() + 1 + "OK\n".length();
            }
            bytesPerWrite[f] = n;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bench.close();
        sim.close();
    }

    @Benchmark
    public void vectorWriteAllChannels(Traffic t) {
        flip ^= 1;
        dac.write(channels, volts[flip]);
        t.bytes += bytesPerWrite[flip];
    }
}
