package org.photonlab.simulator.wire;

import java.nio.file.Path;
import org.photonlab.simulator.net.Exposure;

/**
 * How {@link WireSimulator} serves a bench.
 *
 * @param exposure       address the TCP servers bind and the clients they accept (loopback by default: the
 *                       simulator is not for the network; a non-loopback bind needs an allowlist)
 * @param ephemeralPorts bind every device to a free port instead of the bench file's (tests)
 * @param ptyDir         when non-null, also serve every device on a socat pty whose link is created here
 */
public record WireOptions(Exposure exposure, boolean ephemeralPorts, Path ptyDir) {
    public static final WireOptions LOOPBACK = new WireOptions(Exposure.LOOPBACK, false, null);

    /** Free ports on loopback, no pty: what in-JVM tests use. */
    public static WireOptions ephemeral() {
        return new WireOptions(Exposure.LOOPBACK, true, null);
    }

    /** The address the TCP servers bind. */
    public String bindHost() {
        return exposure.bind();
    }

    public WireOptions withPty(Path dir) {
        return new WireOptions(exposure, ephemeralPorts, dir);
    }

    public WireOptions withExposure(Exposure e) {
        return new WireOptions(e, ephemeralPorts, ptyDir);
    }
}
