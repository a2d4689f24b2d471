package org.photonlab.drivers.slmsuite;

import java.util.List;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendOptions;
import org.photonlab.hal.spi.BackendProvider;

/**
 * Backend {@code slmsuite}: bench devices of kind {@code projector} served by an slmsuite server (real hardware, or
 * PhotonLab's simulated projector server). Options: see {@link SlmsuiteOptions#fromMap}. The driver cannot tell
 * whether the server's hardware is real, so the backend reports itself as not simulated.
 */
public final class SlmsuiteBackendProvider implements BackendProvider {
    public static final String ID = "slmsuite";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isSimulated() {
        return false;
    }

    @Override
    public BackendOptions optionSpec() {
        return BackendOptions.devices(SlmsuiteOptions.SPEC, DeviceKind.PROJECTOR);
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        for (DeviceSpec d : devices) {
            if (d.kind() != DeviceKind.PROJECTOR) {
                throw new BenchConfigException("backend 'slmsuite' serves projectors only; device '" + d.name()
                        + "' is a " + d.kind().yamlName());
            }
        }
        return new SlmsuiteBackend(devices);
    }
}
