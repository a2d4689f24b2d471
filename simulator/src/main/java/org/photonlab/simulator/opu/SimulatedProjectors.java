package org.photonlab.simulator.opu;

import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.ProjectorInfo;

/**
 * Builds a simulated projector from a bench device of kind {@code projector}, backend {@code sim}. Options (all
 * optional): {@code seed} (matrix seed; camera noise uses seed + 1), {@code noise} (true), {@code full_counts} (43:
 * mean count of a fully lit DMD at 400 µs), {@code drift_time_s} (0 = none), {@code modulation} (dmd | phase).
 * For the {@code sim} backend provider and the command line.
 */
public final class SimulatedProjectors {
    private SimulatedProjectors() {
    }

    /** A closed projector named after the device; {@code defaultSeed} applies when the options give none. */
    public static SimulatedProjector fromSpec(DeviceSpec d, long defaultSeed) {
        if (d.kind() != DeviceKind.PROJECTOR) {
            throw new BenchConfigException("device '" + d.name() + "' is a " + d.kind().yamlName() + ", not a projector");
        }
        try {
            long seed = Long.parseLong(d.option("seed", String.valueOf(defaultSeed)));
            PhysicsParams p = PhysicsParams.defaults(seed)
                    .withNoise(Boolean.parseBoolean(d.option("noise", "true")))
                    .withFullIlluminationCounts(Double.parseDouble(d.option("full_counts", "43")))
                    .withDriftTimeS(Double.parseDouble(d.option("drift_time_s", "0")));
            String mod = d.option("modulation", "dmd");
            Modulation m = switch (mod) {
                case "dmd" -> Modulation.DMD_BINARY;
                case "phase" -> Modulation.SLM_PHASE;
                default -> throw new BenchConfigException("projector '" + d.name() + "': modulation must be dmd or "
                        + "phase, got '" + mod + "'");
            };
            ProjectorInfo base = SimulatedProjector.defaultInfo(d.name());
            return new SimulatedProjector(new ProjectorInfo(d.name(), "sim", true, m, base.inputWidth(),
                    base.inputHeight(), base.cameraWidth(), base.cameraHeight(), base.minRoiRows()), p);
        } catch (NumberFormatException e) {
            throw new BenchConfigException("projector '" + d.name() + "': bad number in options " + d.options() + " ("
                    + e.getMessage() + ")");
        }
    }
}
