package org.photonlab.simulator.chip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.spi.BackendOptions;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.simulator.opu.SimulatedProjector;
import org.photonlab.simulator.opu.SimulatedProjectors;

/**
 * Provides the simulated chip and the simulated random projector under backend id {@code sim}; listed in
 * {@code META-INF/services}. DAC and detector devices go to a {@link SimChipBackend}; projector devices become
 * {@link SimulatedProjector}s (options: {@link SimulatedProjectors#fromSpec}; matrix seed 0 unless the options give
 * one), served through {@link org.photonlab.hal.spi.ProjectorBackend}.
 */
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

    /** Simulated DACs and detectors take no options; a simulated projector and the chip's physics do. */
    @Override
    public BackendOptions optionSpec() {
        return new BackendOptions(Map.of(DeviceKind.PROJECTOR, SimulatedProjectors.SPEC), ChipPhysicsConfig.SPEC);
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        List<DeviceSpec> chip = new ArrayList<>();
        Map<String, SimulatedProjector> projectors = new LinkedHashMap<>();
        for (DeviceSpec d : devices) {
            if (d.kind() == DeviceKind.PROJECTOR) {
                projectors.put(d.name(), SimulatedProjectors.fromSpec(d, 0));
            } else {
                chip.add(d);
            }
        }
        SimChipBackend chipBackend = new SimChipBackend(bench, chip);
        return projectors.isEmpty() ? chipBackend : new SimBackendWithProjectors(chipBackend, projectors);
    }
}
