package org.photonlab.app.dfa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.photonlab.drivers.slmsuite.SlmsuiteOptions;
import org.photonlab.drivers.slmsuite.SlmsuiteProjector;
import org.photonlab.hal.BackendNotFoundException;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.BenchYaml;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.ProjectorInfo;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.simulator.opu.PhysicsParams;
import org.photonlab.simulator.opu.SimulatedProjector;

/**
 * Binds the random-projection device of a run: the in-process simulator by default, or the {@code projector}
 * device of a bench file, by its backend id ({@code sim} or {@code slmsuite}), never silently. Options of a
 * {@code sim} projector: {@code seed}, {@code noise}, {@code full_counts}, {@code drift_time_s}, {@code modulation}
 * (dmd | phase). Options of an {@code slmsuite} projector: see {@link SlmsuiteOptions#fromMap}.
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
        Map<String, Object> o = d.options();
        return switch (d.backend()) {
            case "sim" -> {
                long seed = Long.parseLong(d.option("seed", String.valueOf(defaultSeed)));
                PhysicsParams p = PhysicsParams.defaults(seed)
                        .withNoise(Boolean.parseBoolean(d.option("noise", "true")))
                        .withFullIlluminationCounts(Double.parseDouble(d.option("full_counts", "43")))
                        .withDriftTimeS(Double.parseDouble(d.option("drift_time_s", "0")));
                ProjectorInfo base = SimulatedProjector.defaultInfo(d.name());
                Modulation m = "phase".equals(d.option("modulation", "dmd")) ? Modulation.SLM_PHASE
                        : Modulation.DMD_BINARY;
                yield new SimulatedProjector(new ProjectorInfo(d.name(), "sim", true, m, base.inputWidth(),
                        base.inputHeight(), base.cameraWidth(), base.cameraHeight(), base.minRoiRows()), p);
            }
            case "slmsuite" -> new SlmsuiteProjector(SlmsuiteOptions.fromMap(d.name(), o));
            default -> throw new BackendNotFoundException(d.backend(), List.of("sim", "slmsuite"));
        };
    }
}
