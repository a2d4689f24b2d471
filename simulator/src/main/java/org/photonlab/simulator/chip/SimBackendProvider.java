package org.photonlab.simulator.chip;

import java.util.List;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;

/** Provides the simulated chip under backend id {@code sim}; found with {@link java.util.ServiceLoader}. */
public final class SimBackendProvider implements BackendProvider {
    /** The backend id bench files name. */
    public static final String ID = "sim";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        return new SimChipBackend(bench, devices);
    }
}
