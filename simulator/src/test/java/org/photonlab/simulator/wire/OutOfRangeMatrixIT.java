package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.dac.DacResolution;

/**
 * The out-of-range matrix (issue 9.1-9.3, 9.12): every write path (single set, vector write, the core's phase
 * programming, its input vectors) on every backend (in-process simulator, Qontrol/SCPI over loopback TCP, over socat
 * ptys) with every kind of bad value (huge, infinite, NaN, just above max_v, below min_v, within max_v but rounding
 * above it, a phase needing more than the DAC's full scale). Each case must be refused with a one-line message and
 * must leave every setpoint as it was (read back). The counts are asserted so that docs/safety.md can quote them:
 * per backend {@value #CASES_PER_BACKEND} tried, all refused, 0 written.
 */
class OutOfRangeMatrixIT {
    /** Mesh DAC: 8-bit power-linear, full scale 5.0 V (below V_2π = 6.17 V), max_v 4.9 V (between two codes). */
    static final DacResolution MESH_RES = new DacResolution(8, 5.0, DacResolution.Transfer.POWER);
    static final ChannelLimits MESH_LIMITS = new ChannelLimits(0.0, 4.9, 0.125, 1000.0);
    /** Bad single values for a heater (0..4.9 V): the last rounds from 4.899 V to 4.901 V, above max_v. */
    static final double[] BAD_HEATER = {1e6, 1e300, -1e300, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 4.91, -0.01, 4.899};
    /** Bad values for a modulator (-10..10 V, analog). */
    static final double[] BAD_MODULATOR = {1e6, -1e300, Double.NaN, Double.POSITIVE_INFINITY, 10.01, -10.01};
    static final int CASES_PER_BACKEND = 2 * BAD_HEATER.length + 2 * BAD_MODULATOR.length + 3 + BAD_MODULATOR.length;

    /** Tried, refused and written counts of one backend's run. */
    static final class Tally {
        int tried;
        int refused;
        int written;
        final List<String> messages = new ArrayList<>();
    }

    static BenchDescription bench() {
        BenchDescription demo = DemoBench.description();
        BenchDescription.Builder b = BenchDescription.builder("out-of-range");
        for (DeviceSpec d : demo.devices().values()) {
            b.device(d.name().equals("mesh_dac")
                    ? new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), MESH_LIMITS, MESH_RES,
                    d.safeVolts(), d.unit(), d.adc(), d.options())
                    : d);
        }
        demo.cores().forEach(b::core);
        b.physics(demo.physics());
        return b.build();
    }

    @Test
    void inProcessSimulatorRefusesEveryCase() {
        assertAllRefused(run(Bench.open(Benches.inProcess(bench()))));
    }

    @Test
    void qontrolAndScpiOverTcpRefuseEveryCase() {
        try (WireSimulator sim = WireSimulator.start(bench(), WireOptions.ephemeral())) {
            assertAllRefused(run(Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()))));
        }
    }

    @Test
    void qontrolAndScpiOverPtysRefuseEveryCase() throws IOException {
        Socat.require();
        Path dir = Files.createTempDirectory("photonlab-pty");
        try (WireSimulator sim = WireSimulator.start(bench(), WireOptions.ephemeral().withPty(dir))) {
            assertAllRefused(run(Bench.open(ClientBench.of(sim, ClientBench.Transport.PTY_JSERIALCOMM, Map.of()))));
        }
    }

    private static void assertAllRefused(Tally t) {
        assertEquals(CASES_PER_BACKEND, t.tried, "cases tried");
        assertEquals(t.tried, t.refused, "every case refused: " + t.messages);
        assertEquals(0, t.written, "nothing written");
        for (String m : t.messages) {
            assertFalse(m.contains("\n"), "one line: " + m);
            assertTrue(m.startsWith("refused: channel "), m);
            assertTrue(m.contains("nothing was written"), m);
        }
    }

    private static Tally run(Bench bench) {
        Tally t = new Tally();
        try (bench) {
            DacBank mesh = bench.dac("mesh_dac");
            DacBank sigma = bench.dac("sigma_dac");
            DacBank mod = bench.dac("modulators");
            PhotonicCore core = bench.cores().get(0);
            // a state that is not the safe state, so that "unchanged" means something
            mesh.write(new int[] {0, 1, 2}, new double[] {1.0, 2.0, 3.0});
            mod.write(new int[] {0, 1}, new double[] {0.5, -0.5});
            for (double v : BAD_HEATER) {
                attempt(t, bench, () -> mesh.set(1, v));
                attempt(t, bench, () -> mesh.write(new int[] {3, 4, 5}, new double[] {1.5, v, 0.5}));
            }
            for (double v : BAD_MODULATOR) {
                attempt(t, bench, () -> mod.set(2, v));
                attempt(t, bench, () -> mod.write(new int[] {3, 4}, new double[] {v, 1.0}));
            }
            // phases: 6 rad needs γV² = 6 at V = 6.03 V, beyond the 5 V full scale (never clipped to the top code)
            attempt(t, bench, () -> core.setPhases(CoreSection.U, new int[] {0}, new double[] {6.0}));
            CorePhases p = core.programmed();
            p.v()[3] = 6.0;
            attempt(t, bench, () -> core.program(p));
            CorePhases q = core.programmed();
            q.u()[0] = 4.0; // γ·4.9² = 3.97 rad: 4.0 rad needs 4.92 V, within full scale but above max_v
            attempt(t, bench, () -> core.program(q));
            // input vectors through the core (the batch fast path in process, the modulator DAC over the wire)
            int k = core.size();
            for (double v : BAD_MODULATOR) {
                double[] in = new double[2 * k];
                in[k + 1] = v;
                attempt(t, bench, () -> core.transform(in, 2, new double[2 * k], null));
            }
            assertArrayEquals(new double[] {1.0, 2.0, 3.0}, slice(mesh.readAll(), 3), 0.01);
            sigma.safeState();
        }
        return t;
    }

    private static double[] slice(double[] a, int n) {
        double[] out = new double[n];
        System.arraycopy(a, 0, out, 0, n);
        return out;
    }

    private static void attempt(Tally t, Bench bench, Runnable write) {
        Map<String, double[]> before = snapshot(bench);
        t.tried++;
        try {
            write.run();
            fail("accepted a write that must be refused (case " + t.tried + ")");
        } catch (LabException e) {
            t.refused++;
            t.messages.add(e.getMessage());
        }
        Map<String, double[]> after = snapshot(bench);
        for (Map.Entry<String, double[]> e : before.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), after.get(e.getKey()))) {
                t.written++;
                t.messages.add("case " + t.tried + " changed " + e.getKey());
                break;
            }
        }
    }

    private static Map<String, double[]> snapshot(Bench bench) {
        Map<String, double[]> out = new java.util.LinkedHashMap<>();
        for (String name : List.of("mesh_dac", "sigma_dac", "modulators")) {
            out.put(name, bench.dac(name).readAll());
        }
        return out;
    }
}
