package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;

/**
 * Safe state against the wire simulator: closing a bench leaves every output of every module at 0 V, and a host
 * that vanishes without closing (lost connection) is caught by the device-side watchdog, which ramps to 0 V.
 */
class SafeStateIT {
    private static void energise(Bench bench) {
        for (String name : new String[] {"mesh_dac", "sigma_dac", "modulators"}) {
            var dac = bench.dac(name);
            int[] all = new int[dac.channelCount()];
            double[] v = new double[all.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
                v[i] = dac.channel(i).limits().maxVolts() / 2;
            }
            dac.write(all, v);
        }
    }

    private static boolean allZero(WireSimulator sim) {
        return sim.chain("mesh_dac").atZero() && sim.chain("sigma_dac").atZero() && sim.chain("modulators").atZero();
    }

    @Test
    void closingTheBenchLeavesEveryChannelAtZero() {
        try (WireSimulator sim = WireSimulator.start(DemoBench.description(), WireOptions.ephemeral())) {
            Bench bench = Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()));
            energise(bench);
            assertFalse(allZero(sim));
            bench.close();
            assertTrue(allZero(sim), "a channel is still energised after Bench.close()");
        }
    }

    @Test
    void aLostConnectionIsRampedToZeroByTheWatchdog() throws InterruptedException {
        // 1 s, not less: between energising and the check below a loaded machine may stall for a few hundred ms,
        // and a shorter watchdog would already have zeroed the heaters there
        BenchDescription served = Benches.withOptions(DemoBench.description(), Map.of("sim_watchdog_s", 1.0));
        try (WireSimulator sim = WireSimulator.start(served, WireOptions.ephemeral())) {
            Bench bench = Bench.open(Benches.pipeClient(sim), Benches.pipeProviders(sim));
            energise(bench);
            assertFalse(allZero(sim));
            // the host disappears without a safe state: drop its connections, as a crash or a pulled cable would
            for (String name : new String[] {"mesh_dac", "sigma_dac", "modulators", "detectors"}) {
                bench.backendOf(name).close();
            }
            // poll until the ramp finishes (bounded); the watchdog needs 1 s of silence plus ten 20 ms steps
            long end = System.nanoTime() + 10_000_000_000L;
            while (!allZero(sim) && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertTrue(allZero(sim), "the watchdog did not bring every channel to 0 V");
        }
    }
}
