package org.photonlab.app.dfa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.photonlab.drivers.slmsuite.SlmsuiteOptions;
import org.photonlab.drivers.slmsuite.SlmsuiteProjector;
import org.photonlab.hal.BackendNotFoundException;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.BenchYaml;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;
import org.photonlab.simulator.opu.SimulatedProjectors;

/**
 * Binds the random-projection device of a run: the in-process simulator by default, or the {@code projector}
 * device of a bench file, by its backend id ({@code sim} or {@code slmsuite}), never silently. Options of a
 * {@code sim} projector: see {@link SimulatedProjectors#fromSpec}; of an {@code slmsuite} projector: see
 * {@link SlmsuiteOptions#fromMap}.
 */
final class ProjectorFactory {
    private ProjectorFactory() {
    }

    /** The built-in simulated projector (LightOn geometry, noisy camera), named {@code sim-opu}. */
    static RandomProjector builtIn(long seed) {
        return new SimulatedProjector(SimulatedProjector.defaultInfo("sim-opu"), PhysicsParams.defaults(seed));
    }

    /** The single projector device of the bench file. */
    static RandomProjector fromBench(Path file, long defaultSeed) {
        BenchDescription bench = BenchYaml.load(file);
        List<DeviceSpec> projectors = new ArrayList<>();
        for (DeviceSpec d : bench.devices().values()) {
            if (d.kind() == DeviceKind.PROJECTOR) {
                projectors.add(d);
            }
        }
        if (projectors.size() != 1) {
            throw new BenchConfigException("bench file " + file + " must describe exactly one device of kind "
                    + "'projector' for DFA, found " + projectors.size());
        }
        return of(projectors.get(0), defaultSeed);
    }

    static RandomProjector of(DeviceSpec d, long defaultSeed) {
        return switch (d.backend()) {
            case "sim" -> SimulatedProjectors.fromSpec(d, defaultSeed);
            case "slmsuite" -> new SlmsuiteProjector(SlmsuiteOptions.fromMap(d.name(), d.options()));
            default -> throw new BackendNotFoundException(d.backend(), List.of("sim", "slmsuite"));
        };
    }
}
