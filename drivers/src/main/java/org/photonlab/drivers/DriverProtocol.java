package org.photonlab.drivers;

import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.Provider;

/**
 * A factory for the host side of one instrument protocol, found by {@link #id()} through {@link #registry()} and
 * listed in {@code META-INF/services/org.photonlab.drivers.DriverProtocol}. A {@link DriverProvider} binds a protocol
 * to a transport; a new vendor protocol is one implementation in its own package plus that services line.
 *
 * <p>Implementations are stateless and thread-safe. A protocol serves devices of one {@link #kind()} and implements
 * the matching open method; the other is never called.
 */
public interface DriverProtocol extends Provider {
    /** The protocol id ({@code qontrol}, {@code scpi}). */
    @Override
    String id();

    /** The kind of bench device this protocol drives. */
    DeviceKind kind();

    /**
     * Opens a DAC device (kind {@link DeviceKind#DAC}) over a link and checks it is the instrument the bench
     * describes.
     *
     * @throws org.photonlab.hal.LabException if the device cannot be reached or is not what the bench says
     * @throws UnsupportedOperationException from the default, for a protocol of detector devices: a programming
     *         error, since {@link DriverProvider} refuses a bench device of the wrong kind before opening anything
     */
    default DacDevice openDac(DeviceSpec device, LinkOpener link, ConversationSettings timing) {
        throw new UnsupportedOperationException("protocol '" + id() + "' drives " + kind().yamlName() + " devices");
    }

    /**
     * Opens a DAC device for {@code access}: a protocol whose devices grant a write lease of their own asks for it
     * as a writer (and keeps it on every reconnect), refusing with
     * {@link org.photonlab.hal.lease.LeaseRefusedException} naming the holder. By default the same as
     * {@link #openDac(DeviceSpec, LinkOpener, ConversationSettings)} (the host-side locks still apply).
     */
    default DacDevice openDac(DeviceSpec device, LinkOpener link, ConversationSettings timing,
                              org.photonlab.hal.lease.Access access) {
        return openDac(device, link, timing);
    }

    /**
     * Opens a detector device (kind {@link DeviceKind#DETECTOR}) over a link and checks it is the instrument the
     * bench describes.
     *
     * @throws org.photonlab.hal.LabException if the device cannot be reached or is not what the bench says
     * @throws UnsupportedOperationException from the default, for a protocol of DAC devices: a programming
     *         error, since {@link DriverProvider} refuses a bench device of the wrong kind before opening anything
     */
    default DetectorDevice openDetector(DeviceSpec device, LinkOpener link, ConversationSettings timing) {
        throw new UnsupportedOperationException("protocol '" + id() + "' drives " + kind().yamlName() + " devices");
    }

    /** The {@code options:} keys this protocol reads (besides the transport's and the conversation's). */
    default org.photonlab.hal.spi.OptionSet options() {
        return org.photonlab.hal.spi.OptionSet.NONE;
    }

    /** Every driver protocol on the class path, by id. */
    static org.photonlab.hal.spi.ProviderRegistry<DriverProtocol> registry() {
        return org.photonlab.hal.spi.ProviderRegistry.of(DriverProtocol.class, "driver protocol");
    }
}
