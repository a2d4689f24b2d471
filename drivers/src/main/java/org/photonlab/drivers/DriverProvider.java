package org.photonlab.drivers;

import java.util.List;
import java.util.function.Function;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.drivers.scpi.ScpiDetector;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;

/**
 * A driver backend: one protocol (Qontrol ASCII for DAC devices, SCPI for detectors) over one kind of transport.
 * The concrete providers only fix the id, the protocol and how a link is opened.
 */
public abstract class DriverProvider implements BackendProvider {
    /** The instrument protocol a provider speaks. */
    public enum Protocol {
        QONTROL(DeviceKind.DAC), SCPI(DeviceKind.DETECTOR);

        final DeviceKind kind;

        Protocol(DeviceKind kind) {
            this.kind = kind;
        }
    }

    private final String id;
    private final Protocol protocol;
    private final Function<DeviceSpec, LinkOpener> links;

    protected DriverProvider(String id, Protocol protocol, Function<DeviceSpec, LinkOpener> links) {
        this.id = id;
        this.protocol = protocol;
        this.links = links;
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
        DriverBackend backend = new DriverBackend();
        try {
            for (DeviceSpec d : devices) {
                if (d.kind() != protocol.kind) {
                    throw new BenchConfigException("device '" + d.name() + "' is a " + d.kind().yamlName()
                            + " but backend '" + id + "' serves " + protocol.kind.yamlName() + " devices only");
                }
                ConversationSettings timing = ConversationSettings.fromOptions(d.name(), d.options());
                LinkOpener opener = links.apply(d);
                if (protocol == Protocol.QONTROL) {
                    backend.add(new QontrolDac(d, opener, timing).open());
                } else {
                    backend.add(new ScpiDetector(d, opener, timing).open(),
                            Boolean.parseBoolean(d.option("deterministic_readout", "false")));
                }
            }
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }
}
