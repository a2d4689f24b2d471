package org.photonlab.drivers.qontrol;

import org.photonlab.drivers.DriverProtocol;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.lease.Access;
import org.photonlab.hal.spi.DacDevice;

/** Driver protocol {@code qontrol}: Qontrol-compatible DAC module chains ({@link QontrolDac}). */
public final class QontrolDriverProtocol implements DriverProtocol {
    public static final String ID = "qontrol";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DAC;
    }

    @Override
    public DacDevice openDac(DeviceSpec device, LinkOpener link, ConversationSettings timing) {
        return new QontrolDac(device, link, timing).open();
    }

    @Override
    public DacDevice openDac(DeviceSpec device, LinkOpener link, ConversationSettings timing, Access access) {
        return new QontrolDac(device, link, timing, access.writer()).open();
    }

    @Override
    public org.photonlab.hal.spi.OptionSet options() {
        return org.photonlab.drivers.DriverOptions.QONTROL;
    }
}
