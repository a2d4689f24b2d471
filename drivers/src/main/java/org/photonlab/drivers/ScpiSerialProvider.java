package org.photonlab.drivers;

import org.photonlab.drivers.link.LinkOptions;

/** Backend {@code scpi-serial}: SCPI power meters / photodetector arrays on a serial port. */
public final class ScpiSerialProvider extends DriverProvider {
    public ScpiSerialProvider() {
        super("scpi-serial", "scpi", LinkOptions::serial, DriverOptions.SERIAL);
    }
}
