package org.photonlab.simulator.opu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.slmsuite.SlmsuiteClient;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;

/**
 * Requests exactly as the unmodified slmsuite client sends them: slmsuite/slmsuite {@code slmsuite/hardware/remote.py}
 * at commit cbc5e2f ({@code _Client.__init__} → {@code _Client.__com}), bytes recorded from that client by the check
 * in docs/client-compatibility.md. The request strings below are our own test data.
 */
class RealSlmsuiteClientBytesIT {
    /** {@code _Client("ghost", "slm", ...)}: its first request, a ping carrying its own (absent) name. */
    private static final String PING_AS_GHOST =
            "%7B%22name%22%3A+%22ghost%22%2C+%22command%22%3A+%22ping%22%2C+"
                    + "%22args%22%3A+%5B%5D%2C+%22kwargs%22%3A+%7B%7D%7D\n";

    @Test
    void pingIsAnsweredWhateverTheNameSoTheClientCanNameTheMissingHardware() {
        // slmsuite's Server._handle answers ping before its hardware-name check; the client then raises
        // ValueError("Hardware 'ghost' is not present at host:port. Options: {...}") from the listed kinds.
        // A refused ping made the real client raise RuntimeError("... communication failed") instead.
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0))) {
            SlmsuiteClient client = new SlmsuiteClient("127.0.0.1", server.port(), Duration.ofSeconds(5));
            SlmsuiteReply reply = client.send(PING_AS_GHOST);
            assertTrue(reply.success(), reply.toString());
            assertEquals(Map.of("remote_slm", "slm", "remote_camera", "camera"), reply.result());
            // other commands from an unknown name are still refused, with slmsuite's text
            SlmsuiteReply pickle = client.call("ghost", "pickle", Map.of("attributes", false, "metadata", true));
            assertEquals(SlmsuiteReply.refused("Did not recognize hardware 'ghost'. Options: ['remote_slm', "
                    + "'remote_camera']."), pickle);
        }
    }
}
