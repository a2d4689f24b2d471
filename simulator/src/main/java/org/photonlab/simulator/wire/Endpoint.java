package org.photonlab.simulator.wire;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * Where one simulated device is served.
 *
 * @param device   device name in the bench
 * @param protocol {@code qontrol} or {@code scpi}
 * @param tcp      TCP address
 * @param pty      pty link path, or null when not served on a pty
 */
public record Endpoint(String device, String protocol, InetSocketAddress tcp, Path pty) {
    /** One line for the operator: name, protocol, address(es). */
    public String describe(String ptsPath) {
        String addr = "tcp " + tcp.getHostString() + ":" + tcp.getPort();
        return device + "  " + protocol + "  " + addr + (pty == null ? "" : "  pty " + pty
                + (ptsPath == null ? "" : " -> " + ptsPath));
    }
}
