package org.photonlab.app.run;

import java.nio.file.Path;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;

/**
 * Opens a bench for a command and guarantees its safe state on every exit path: normal return, exception, and
 * SIGINT/SIGTERM (through the {@link RunShutdown} hook, which also reports the interruption), each of which closes
 * the bench, which zeroes every DAC channel.
 */
public final class BenchSession implements AutoCloseable {
    private final Bench bench;

    private BenchSession(Bench bench) {
        this.bench = bench;
        RunShutdown.guard(bench);
    }

    /** Loads the bench file, or uses {@code fallback} when {@code file} is null, and opens it. */
    public static BenchSession open(Path file, BenchDescription fallback) {
        BenchDescription d = file == null ? fallback : BenchYaml.load(file);
        return new BenchSession(Bench.open(d));
    }

    public Bench bench() {
        return bench;
    }

    @Override
    public void close() {
        if (RunShutdown.interrupted()) {
            // the shutdown hook closes the bench and reports it
            return;
        }
        RunShutdown.released(bench);
        bench.close();
    }
}
