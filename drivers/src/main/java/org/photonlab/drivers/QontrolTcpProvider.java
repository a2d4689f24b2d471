package org.photonlab.drivers;

import org.photonlab.drivers.link.LinkOptions;

/** Backend {@code qontrol-tcp}: Qontrol-compatible DAC modules over TCP (the same ASCII lines as on serial). */
public final class QontrolTcpProvider extends DriverProvider {
    public QontrolTcpProvider() {
        super("qontrol-tcp", "qontrol", d -> LinkOptions.tcp(d, 0), DriverOptions.tcp(0));
    }
}
