package org.photonlab.drivers;

import org.photonlab.drivers.link.LinkOptions;

/** Backend {@code scpi-tcp}: SCPI power meters / photodetector arrays over raw TCP (port 5025 by default). */
public final class ScpiTcpProvider extends DriverProvider {
    public ScpiTcpProvider() {
        super("scpi-tcp", "scpi", d -> LinkOptions.tcp(d, 5025), DriverOptions.tcp(5025));
    }
}
