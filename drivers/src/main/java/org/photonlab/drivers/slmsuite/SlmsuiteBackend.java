package org.photonlab.drivers.slmsuite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.ProjectorBackend;

/** The projectors of one bench behind slmsuite servers; they are created closed and closed with the backend. */
final class SlmsuiteBackend implements Backend, ProjectorBackend {
    private final Map<String, SlmsuiteProjector> projectors = new LinkedHashMap<>();

    SlmsuiteBackend(List<DeviceSpec> devices) {
        for (DeviceSpec d : devices) {
            projectors.put(d.name(), new SlmsuiteProjector(SlmsuiteOptions.fromMap(d.name(), d.options())));
        }
    }

    @Override
    public Optional<RandomProjector> projector(String device) {
        return Optional.ofNullable(projectors.get(device));
    }

    @Override
    public Optional<DacDevice> dac(String device) {
        return Optional.empty();
    }

    @Override
    public Optional<DetectorDevice> detector(String device) {
        return Optional.empty();
    }

    @Override
    public void close() {
        projectors.values().forEach(SlmsuiteProjector::close);
    }
}
