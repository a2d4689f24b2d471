package org.photonlab.drivers;

import org.photonlab.drivers.link.LinkOptions;

/** Backend {@code qontrol-serial}: Qontrol-compatible DAC modules on a serial port (115200 8N1). */
public final class QontrolSerialProvider extends DriverProvider {
    public QontrolSerialProvider() {
        super("qontrol-serial", "qontrol", LinkOptions::serial, DriverOptions.SERIAL);
    }
}
