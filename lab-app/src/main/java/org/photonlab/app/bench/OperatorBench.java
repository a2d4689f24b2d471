package org.photonlab.app.bench;

import java.nio.file.Path;
import java.util.List;
import org.photonlab.app.run.BenchDefaults;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.ProviderRegistry;

/**
 * Opens one device of a bench file for an operator command, as a {@link Bench} in {@link OpenMode#OBSERVE}
 * ({@code bench check}, {@code dac get}, {@code pd read}: nothing is written) or {@link OpenMode#MANUAL}
 * ({@code dac set}: the one write asked for, no zeroing on open or close). Only that device is opened, so one
 * unreachable instrument does not hide the others.
 */
final class OperatorBench {
    private OperatorBench() {
    }

    /** Loads a bench file and checks its options: and physics: against the backends' specs, before any open. */
    static BenchDescription load(Path file) {
        BenchDescription bench = BenchYaml.load(file);
        try {
            OptionCheck.check(bench, ProviderRegistry.backends());
        } catch (BenchConfigException e) {
            throw new BenchConfigException("bench file " + file + ": " + e.getMessage());
        }
        return bench;
    }

    /**
     * Opens {@code device} of {@code bench}. An operator waiting at a prompt should hear about an unreachable device
     * in seconds, so the reconnect budget is 2 s unless the bench file sets {@code reconnect_s}.
     */
    static Bench open(BenchDescription bench, String device, OpenMode mode) {
        BenchDescription quick = BenchDefaults.withDefault(bench, device, "reconnect_s", 2);
        return Bench.with(quick).mode(mode).only(List.of(device)).open();
    }
}
