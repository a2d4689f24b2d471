package org.photonlab.drivers.scpi;

import org.photonlab.drivers.DriverProtocol;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DetectorDevice;

/** Driver protocol {@code scpi}: SCPI power meters and photodetector arrays ({@link ScpiDetector}). */
public final class ScpiDriverProtocol implements DriverProtocol {
    public static final String ID = "scpi";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DETECTOR;
    }

    @Override
    public DetectorDevice openDetector(DeviceSpec device, LinkOpener link, ConversationSettings timing) {
        return new ScpiDetector(device, link, timing).open();
    }

    @Override
    public org.photonlab.hal.spi.OptionSet options() {
        return org.photonlab.drivers.DriverOptions.SCPI;
    }
}
