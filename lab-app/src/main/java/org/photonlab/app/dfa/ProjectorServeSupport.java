package org.photonlab.app.dfa;

import java.util.Set;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.simulator.opu.server.ServerOptions;
import org.photonlab.simulator.opu.server.SlmsuiteServer;

/**
 * Starts the simulated projector behind slmsuite's remote protocol, for {@code photonlab sim serve}. Loopback only
 * unless an allowlist is given (the protocol has no authentication).
 */
public final class ProjectorServeSupport {
    private ProjectorServeSupport() {
    }

    /**
     * @param bind       address to bind, e.g. {@code 127.0.0.1}; a non-loopback address needs a non-empty allowlist
     * @param port       TCP port, 0 for any free one (default {@link #DEFAULT_PORT})
     * @param allowlist  client IP addresses allowed (others are closed at once); empty = all that can reach {@code bind}
     * @param seed       transmission-matrix seed
     * @param modulation {@code dmd} or {@code phase}
     * @return the running server; {@link SlmsuiteServer#endpointLine()} describes it, {@code close()} stops it
     */
    public static SlmsuiteServer start(String bind, int port, Set<String> allowlist, long seed, String modulation) {
        Modulation m = switch (modulation) {
            case "dmd" -> Modulation.DMD_BINARY;
            case "phase" -> Modulation.SLM_PHASE;
            default -> throw new LabException("projector modulation must be 'dmd' or 'phase', got '" + modulation + "'");
        };
        // SlmsuiteServer.start refuses a non-loopback bind without an allowlist (the protocol has no authentication)
        return SlmsuiteServer.start(ServerOptions.defaults().withBind(bind).withPort(port).withAllowlist(allowlist)
                .withSeed(seed).withModulation(m));
    }

    /** The default projector port (not 5025, which the SCPI meter uses). */
    public static final int DEFAULT_PORT = ServerOptions.DEFAULT_PORT;

}
