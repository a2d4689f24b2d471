package org.photonlab.app.bench;

import java.nio.file.Path;
import java.util.List;
import org.photonlab.app.run.BenchDefaults;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.BenchYaml;
import org.photonlab.hal.bench.OpenMode;

/**
 * Opens one device of a bench file for an operator command, as a {@link Bench} in {@link OpenMode#OBSERVE}
 * ({@code bench check}, {@code dac get}, {@code pd read}: nothing is written) or {@link OpenMode#MANUAL}
 * ({@code dac set}: the one write asked for, no zeroing on open or close). Only that device is opened, so one
 * unreachable instrument does not hide the others.
 */
final class OperatorBench {
    private OperatorBench() {
    }

    static BenchDescription load(Path file) {
        return BenchYaml.load(file);
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
