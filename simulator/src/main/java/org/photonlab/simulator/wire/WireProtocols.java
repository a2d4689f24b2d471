package org.photonlab.simulator.wire;

import java.util.Map;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.ProviderRegistry;

/** Finds the {@link WireProtocol} a simulated device is served with. */
public final class WireProtocols {
    /** The bench option that names a device's wire protocol. */
    public static final String OPTION = "sim_protocol";

    /** The protocol of a device whose options name none: Qontrol ASCII for DACs, SCPI for detectors. */
    private static final Map<DeviceKind, String> DEFAULTS = Map.of(DeviceKind.DAC, "qontrol",
            DeviceKind.DETECTOR, "scpi");

    private WireProtocols() {
    }

    /** Every wire protocol on the class path, by id. */
    public static ProviderRegistry<WireProtocol> registry() {
        return ProviderRegistry.of(WireProtocol.class, "wire protocol");
    }

    /**
     * The protocol {@code device} is served with: the one its {@code sim_protocol} option names, else the default for
     * its kind.
     *
     * @throws org.photonlab.hal.ProviderNotFoundException for an unknown id
     * @throws org.photonlab.hal.BenchConfigException if the protocol serves another kind of device
     */
    public static WireProtocol of(DeviceSpec device) {
        WireProtocol p = registry().get(device.option(OPTION, DEFAULTS.get(device.kind())));
        if (p.kind() != device.kind()) {
            throw new org.photonlab.hal.BenchConfigException("device '" + device.name() + "' is a "
                    + device.kind().yamlName() + " but wire protocol '" + p.id() + "' serves "
                    + p.kind().yamlName() + " devices");
        }
        return p;
    }
}
