package org.photonlab.drivers;

import java.util.List;
import java.util.function.Function;
import org.photonlab.drivers.link.BenchLiveness;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.lease.DeviceLock;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.lease.Access;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendOptions;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionValues;

/**
 * A driver backend: one instrument protocol (a {@link DriverProtocol} found by id, e.g. Qontrol ASCII for DAC
 * devices, SCPI for detectors) over one kind of transport. The concrete providers only fix the backend id, the
 * protocol id and how a link is opened.
 */
public abstract class DriverProvider implements BackendProvider {
    private final String id;
    private final String protocolId;
    private final Function<DeviceSpec, LinkOpener> links;
    private final OptionSet linkOptions;

    /**
     * @param id         the backend id bench files name, e.g. {@code qontrol-tcp}
     * @param protocolId the {@link DriverProtocol} it speaks, e.g. {@code qontrol}; looked up when a bench opens
     * @param links      how a link to one device is opened, from its bench options
     * @param linkOptions the {@code options:} keys of the transport ({@link DriverOptions#tcp},
     *                    {@link DriverOptions#SERIAL})
     */
    protected DriverProvider(String id, String protocolId, Function<DeviceSpec, LinkOpener> links,
                             OptionSet linkOptions) {
        this.id = id;
        this.protocolId = protocolId;
        this.links = links;
        this.linkOptions = linkOptions;
    }

    /** The protocol's keys, the transport's and the conversation's. */
    @Override
    public BackendOptions optionSpec() {
        DriverProtocol protocol = DriverProtocol.registry().get(protocolId);
        return BackendOptions.devices(options(protocol), protocol.kind());
    }

    private OptionSet options(DriverProtocol protocol) {
        OptionSet kind = protocol.kind() == DeviceKind.DETECTOR ? DriverOptions.DETECTOR : OptionSet.NONE;
        return protocol.options().with(kind).with(linkOptions).with(DriverOptions.CONVERSATION);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean isSimulated() {
        return false;
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        return open(bench, devices, Access.writer(LeaseHolder.thisProcess()));
    }

    /**
     * Opens every device for {@code access}: first its host-side lock ({@link DeviceLock}: a serial port in every
     * mode, a TCP endpoint for a writer), then the driver, which a writer asks for the device's own lease where
     * the device has one. Nothing is written to a device before its locks are held.
     */
    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices, Access access) {
        DriverProtocol protocol = DriverProtocol.registry().get(protocolId);
        // one liveness per open bench, shared with the other driver providers' devices of the same bench
        BenchLiveness liveness = BenchLiveness.acquire(bench);
        DriverBackend backend = new DriverBackend(liveness);
        try {
            for (DeviceSpec d : devices) {
                if (d.kind() != protocol.kind()) {
                    throw new BenchConfigException("device '" + d.name() + "' is a " + d.kind().yamlName()
                            + " but backend '" + id + "' serves " + protocol.kind().yamlName() + " devices only");
                }
                OptionValues o = options(protocol).read(OptionCheck.where(d), d.options());
                ConversationSettings timing = ConversationSettings.fromOptions(d.name(), d.options())
                        .withLiveness(liveness);
                LinkOpener opener = links.apply(d);
                backend.add(DeviceLock.acquire(d.name(), opener.lockTarget(), access));
                if (d.kind() == DeviceKind.DAC) {
                    backend.add(protocol.openDac(d, opener, timing, access));
                } else {
                    backend.add(protocol.openDetector(d, opener, timing),
                            o.bool("deterministic_readout"));
                }
            }
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }
}
