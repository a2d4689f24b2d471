package org.photonlab.simulator.opu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.slmsuite.SlmsuiteOptions;
import org.photonlab.drivers.slmsuite.SlmsuiteProjector;
import org.photonlab.hal.DeviceInUseException;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.NotConfiguredException;
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;

/** PhotonLab's slmsuite driver against the simulated projector server: the whole network path through the HAL. */
class SlmsuiteProjectorIT {
    private static final long SEED = 9L;

    private static SlmsuiteOptions options(int port) {
        return new SlmsuiteOptions("net-opu", "127.0.0.1", port, "remote_slm", "remote_camera", Duration.ofSeconds(5),
                null, 1);
    }

    @Test
    void driverReadsMetadataMapsFeaturesAndReadsTheRoi() {
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withSeed(SEED));
             SlmsuiteProjector p = new SlmsuiteProjector(options(server.port()))) {
            assertThrows(LabException.class, () -> p.configure(ProjectorConfig.builder().features(4).components(8)
                    .build()), "not open yet");
            p.open();
            assertEquals(Modulation.DMD_BINARY, p.info().modulation(), "from the server's metadata");
            assertEquals(48, p.info().inputWidth());
            assertEquals(32 * 48, p.info().maxComponents());
            assertThrows(NotConfiguredException.class, () -> p.transform(BinaryBatch.of(new byte[4], 1, 4)));
            p.configure(ProjectorConfig.builder().features(20).components(100).build());
            byte[] bits = new byte[40];
            for (int k = 0; k < 20; k++) {
                bits[k] = (byte) (k % 2);
                bits[20 + k] = (byte) ((k + 1) % 2);
            }
            ProjectionResult r = p.transform(BinaryBatch.of(bits, 2, 20));
            assertEquals(2, r.context().frames());
            assertEquals(96, r.context().zoom(), "1920 pixels / 20 features");
            int differ = 0;
            for (int j = 0; j < 100; j++) {
                differ += r.count(0, j) != r.count(1, j) ? 1 : 0;
            }
            assertTrue(differ > 50, "different vectors, different speckle: " + differ);
            try (SlmsuiteProjector twin = new SlmsuiteProjector(options(server.port()))) {
                assertThrows(DeviceInUseException.class, twin::open);
            }
            assertThrows(LabException.class, () -> p.configure(ProjectorConfig.builder().features(20)
                    .components(5000).build()));
        }
    }

    @Test
    void noServerIsAClearError() {
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0))) {
            int port = server.port();
            server.close();
            SlmsuiteProjector p = new SlmsuiteProjector(options(port));
            DeviceIoException e = assertThrows(DeviceIoException.class, p::open);
            assertTrue(e.getMessage().contains("no slmsuite server"), e.getMessage());
            p.close();
        }
    }
}
