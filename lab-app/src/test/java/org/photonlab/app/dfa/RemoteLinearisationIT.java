package org.photonlab.app.dfa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.slmsuite.SlmsuiteOptions;
import org.photonlab.drivers.slmsuite.SlmsuiteProjector;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.simulator.opu.server.ServerOptions;
import org.photonlab.simulator.opu.server.SlmsuiteServer;
import org.photonlab.training.dfa.linear.AnchorTernaryStrategy;

/**
 * The anchor linearisation (training) on PhotonLab's slmsuite driver against the simulated projector server: what
 * optical DFA does on a remote bench, with no simulator class between the strategy and the device. It lives here
 * because lab-app is the one module that sees training, the driver and the simulated server together.
 */
class RemoteLinearisationIT {
    private static final long SEED = 9L;

    private static SlmsuiteOptions options(int port) {
        return new SlmsuiteOptions("net-opu", "127.0.0.1", port, "remote_slm", "remote_camera", Duration.ofSeconds(5),
                null, 1);
    }

    @Test
    void anchorLinearisationWorksOverTheNetwork() {
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withSeed(SEED)
                .withNoise(false));
             SlmsuiteProjector p = new SlmsuiteProjector(options(server.port()))) {
            p.open();
            LinearProjection lp = p.linear(new AnchorTernaryStrategy(16, 20, 2), 4, 64);
            byte[] e1 = {1, 0, 0, 0};
            byte[] e2 = {0, 0, -1, 0};
            byte[] both = {1, 0, -1, 0};
            float[] y1 = new float[64];
            float[] y2 = new float[64];
            float[] y12 = new float[64];
            lp.project(e1, 1, y1);
            lp.project(e2, 1, y2);
            lp.project(both, 1, y12);
            double err = 0;
            double norm = 0;
            for (int j = 0; j < 64; j++) {
                err = Math.max(err, Math.abs(y1[j] + y2[j] - y12[j]));
                norm = Math.max(norm, Math.abs(y12[j]));
            }
            assertTrue(norm > 5, "a real signal: " + norm);
            assertTrue(err <= 4, "linear to rounding: A(e1 + e2) = A e1 + A e2, worst " + err);
            assertTrue(!lp.ideal(both, 1, y12), "a remote device offers no ground truth");
        }
    }
}
