package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.link.DeviceUnreachableException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.SafeStateException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.DacBank;

/**
 * Adversarial suite, family "dead device" (issue 9.10): the servers of a bench die under an open bench (real
 * loopback servers, closed in process; the child-process kill is in lab-app's RunFailurePathsIT). The reconnect budget ({@code reconnect_s}) is a total for the session, so the first
 * write after the death fails within the budget plus a margin with {@link DeviceUnreachableException}; the bench is
 * then given up, so further writes fail at once and closing tries each bank's safe state once, naming every bank it
 * could not reach. Before, each write spent six reconnect budgets and each bank's safe state as many again.
 */
class DeadServerIT {
    /** Bench option under test, s. */
    private static final int BUDGET_S = 1;
    /** Margin for the last connection attempt and the request deadlines on a loaded 2-core machine, s. */
    private static final double MARGIN_S = 3;

    private static double[] half(DacBank dac) {
        double[] v = new double[dac.channelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = dac.channel(i).limits().maxVolts() / 2;
        }
        return v;
    }

    private static int[] all(DacBank dac) {
        int[] chs = new int[dac.channelCount()];
        Arrays.setAll(chs, i -> i);
        return chs;
    }

    @Test
    void aDeadServerEndsTheSessionWithinTheBudgetAndEveryFurtherWriteFailsAtOnce() {
        WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral());
        Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of("reconnect_s", BUDGET_S)));
        try {
            DacBank mesh = bench.dac("mesh_dac");
            mesh.write(all(mesh), half(mesh));
            sim.close(); // every server dies

            long t0 = System.nanoTime();
            LabException first = assertThrows(LabException.class, () -> mesh.write(all(mesh), half(mesh)));
            double firstS = (System.nanoTime() - t0) / 1e9;
            // a closed in-process server may leave the accepted connection open and silent, or refuse: either way
            // the device is unreachable, within the budget
            assertInstanceOf(DeviceUnreachableException.class, first, first.toString());
            assertTrue(firstS < BUDGET_S + MARGIN_S, "the first write after the death took " + firstS + " s");

            DacBank sigma = bench.dac("sigma_dac");
            t0 = System.nanoTime();
            // another device of the given-up bench: one attempt, then at once
            assertThrows(DeviceUnreachableException.class, () -> sigma.write(all(sigma), half(sigma)));
            LabException again = assertThrows(DeviceUnreachableException.class,
                    () -> sigma.write(all(sigma), half(sigma)));
            assertTrue(again.getMessage().contains("given up"), again.getMessage());
            double furtherS = (System.nanoTime() - t0) / 1e9;
            assertTrue(furtherS < MARGIN_S, "writes on the given-up bench took " + furtherS + " s");

            t0 = System.nanoTime();
            SafeStateException closing = assertThrows(SafeStateException.class, bench::close);
            double closeS = (System.nanoTime() - t0) / 1e9;
            assertEquals(List.of("mesh_dac", "sigma_dac", "modulators"), closing.devices(), closing.getMessage());
            assertTrue(closeS < MARGIN_S, "closing the given-up bench took " + closeS + " s");
        } finally {
            bench.close();
            sim.close();
        }
    }

    @Test
    void aBankStillReachableOnAGivenUpBenchStillReachesItsSafeState() {
        // the detector's server dies, the DAC servers live: the bench is given up, yet every DAC reaches 0 V
        WireSimulator dacs = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral());
        WireSimulator detector = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral());
        BenchDescription client = ClientBench.of(dacs, ClientBench.Transport.TCP, Map.of("reconnect_s", BUDGET_S));
        BenchDescription.Builder b = BenchDescription.builder(client.name());
        for (DeviceSpec d : client.devices().values()) {
            Map<String, Object> o = new LinkedHashMap<>(d.options());
            if (d.kind() == DeviceKind.DETECTOR) {
                o.put("port", detector.endpoints().stream().filter(e -> e.device().equals(d.name())).findFirst()
                        .orElseThrow().tcp().getPort());
            }
            b.device(new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(), d.resolution(),
                    d.safeVolts(), d.unit(), d.adc(), o));
        }
        client.cores().forEach(b::core);
        Bench bench = Bench.open(b.physics(client.physics()).build());
        try {
            DacBank mesh = bench.dac("mesh_dac");
            mesh.write(all(mesh), half(mesh));
            assertFalse(dacs.chain("mesh_dac").atZero());
            detector.close();
            int[] chs = {0, 1};
            assertThrows(DeviceUnreachableException.class, () -> bench.detector("detectors").read(chs));
            bench.close();
            for (String dac : new String[] {"mesh_dac", "sigma_dac", "modulators"}) {
                assertTrue(dacs.chain(dac).atZero(), dac + " is not at 0 V after closing the given-up bench");
            }
        } finally {
            bench.close();
            dacs.close();
            detector.close();
        }
    }
}
