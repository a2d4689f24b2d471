package org.photonlab.simulator.wire;

import java.nio.file.Path;

/**
 * How {@link WireSimulator} serves a bench.
 *
 * @param bindHost       address the TCP servers bind (loopback by default: the simulator is not for the network)
 * @param ephemeralPorts bind every device to a free port instead of the bench file's (tests)
 * @param ptyDir         when non-null, also serve every device on a socat pty whose link is created here
 */
public record WireOptions(String bindHost, boolean ephemeralPorts, Path ptyDir) {
    public static final WireOptions LOOPBACK = new WireOptions("127.0.0.1", false, null);

    /** Free ports on loopback, no pty: what in-JVM tests use. */
    public static WireOptions ephemeral() {
        return new WireOptions("127.0.0.1", true, null);
    }

    public WireOptions withPty(Path dir) {
        return new WireOptions(bindHost, ephemeralPorts, dir);
    }
}
