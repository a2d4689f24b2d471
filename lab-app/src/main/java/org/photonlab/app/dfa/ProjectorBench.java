package org.photonlab.app.dfa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.photonlab.app.run.BenchDefaults;
import org.photonlab.app.run.RunShutdown;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.simulator.chip.SimBackendProvider;

/**
 * The bench that gives {@code train dfa} its random-projection device, always opened as a {@link Bench} and bound by
 * the backend id its projector device names (never silently): the built-in simulated projector by default, or the
 * single {@code projector} device of a bench file (backend {@code sim}, {@code slmsuite}, or any other on the class
 * path). Only the projector device is opened. A simulated projector that gives no {@code seed} option takes the run's
 * seed.
 */
final class ProjectorBench implements AutoCloseable {
    /** Device name of the built-in simulated projector. */
    static final String BUILT_IN = "sim-opu";

    private final Bench bench;
    private final RandomProjector projector;

    private ProjectorBench(Bench bench, RandomProjector projector) {
        this.bench = bench;
        this.projector = projector;
        RunShutdown.guard(bench);
    }

    /** The built-in bench: one simulated projector (LightOn geometry, noisy camera) named {@code sim-opu}. */
    static BenchDescription builtIn(long seed) {
        return BenchDescription.builder(BUILT_IN)
                .device(DeviceSpec.projector(BUILT_IN, SimBackendProvider.ID, Map.of("seed", seed)))
                .build();
    }

    /** The bench file, with {@code seed} as the seed of its simulated projector when the file gives none. */
    static BenchDescription load(Path file, long seed) {
        BenchDescription bench = BenchYaml.load(file);
        String name = projectorName(bench, file.toString());
        return bench.device(name).backend().equals(SimBackendProvider.ID)
                ? BenchDefaults.withDefault(bench, name, "seed", seed) : bench;
    }

    /** Opens the bench's single projector device; the projector itself is not yet opened. */
    static ProjectorBench open(BenchDescription description) {
        String name = projectorName(description, "bench '" + description.name() + "'");
        Bench bench = Bench.with(description).only(List.of(name)).open();
        return new ProjectorBench(bench, bench.projector(name));
    }

    private static String projectorName(BenchDescription bench, String where) {
        List<String> projectors = new ArrayList<>();
        for (DeviceSpec d : bench.devices().values()) {
            if (d.kind() == DeviceKind.PROJECTOR) {
                projectors.add(d.name());
            }
        }
        if (projectors.size() != 1) {
            throw new BenchConfigException((where.startsWith("bench '") ? where : "bench file " + where)
                    + " must describe exactly one device of kind 'projector' for DFA, found " + projectors.size());
        }
        return projectors.get(0);
    }

    /** The projector; closed with this bench. */
    RandomProjector projector() {
        return projector;
    }

    /** Closes the projector and its backend. */
    @Override
    public void close() {
        if (RunShutdown.interrupted()) {
            return; // the shutdown hook closes the bench and reports it
        }
        RunShutdown.released(bench);
        bench.close();
    }
}
