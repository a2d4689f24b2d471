package org.photonlab.simulator.opu;

import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.OptionValues;
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
        OptionValues o = SPEC.read(OptionCheck.where(d), d.options());
        PhysicsParams p = PhysicsParams.defaults(o.integer("seed", defaultSeed))
                .withNoise(o.bool("noise"))
                .withFullIlluminationCounts(o.number("full_counts"))
                .withDriftTimeS(o.number("drift_time_s"));
        Modulation m = o.text("modulation").equals("phase") ? Modulation.SLM_PHASE : Modulation.DMD_BINARY;
        ProjectorInfo base = SimulatedProjector.defaultInfo(d.name());
        return new SimulatedProjector(new ProjectorInfo(d.name(), "sim", true, m, base.inputWidth(),
                base.inputHeight(), base.cameraWidth(), base.cameraHeight(), base.minRoiRows()), p);
    }

    /** The {@code options:} keys of a simulated projector (backend {@code sim}, kind {@code projector}). */
    public static final OptionSet SPEC = OptionSet.of(
            OptionSpec.integer("seed", "", null, Long.MIN_VALUE, Long.MAX_VALUE,
                    "seed of the medium and the noise; the command's seed when absent"),
            OptionSpec.bool("noise", true, "draw shot and read noise"),
            OptionSpec.number("full_counts", "counts", 43.0, 0.001, 1e9, "camera counts of a fully lit pixel"),
            OptionSpec.number("drift_time_s", "s", 0.0, 0, 1e9, "time constant of the medium's drift; 0: none"),
            OptionSpec.choice("modulation", "dmd", java.util.List.of("dmd", "phase"), "how the input modulates"));
}
