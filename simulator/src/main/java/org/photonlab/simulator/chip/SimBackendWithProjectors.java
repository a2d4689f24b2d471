package org.photonlab.simulator.chip;

import java.util.Map;
import java.util.Optional;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.ProjectorBackend;
import org.photonlab.simulator.opu.SimulatedProjector;

/**
 * The {@code sim} backend of a bench that has simulated projectors: the chip part is a {@link SimChipBackend}
 * (whose capabilities it passes on), the projectors are created closed and closed with the backend. Thread rules:
 * those of the chip backend and of each projector.
 */
final class SimBackendWithProjectors implements Backend, ProjectorBackend {
    private final SimChipBackend chip;
    private final Map<String, SimulatedProjector> projectors;

    SimBackendWithProjectors(SimChipBackend chip, Map<String, SimulatedProjector> projectors) {
        this.chip = chip;
        this.projectors = Map.copyOf(projectors);
    }

    @Override
    public Optional<RandomProjector> projector(String device) {
        return Optional.ofNullable(projectors.get(device));
    }

    @Override
    public Optional<DacDevice> dac(String device) {
        return chip.dac(device);
    }

    @Override
    public Optional<DetectorDevice> detector(String device) {
        return chip.detector(device);
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : chip.capability(type);
    }

    @Override
    public boolean deterministicReadout() {
        return chip.deterministicReadout();
    }

    @Override
    public void close() {
        try {
            projectors.values().forEach(SimulatedProjector::close);
        } finally {
            chip.close();
        }
    }
}
