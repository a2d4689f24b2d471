package org.photonlab.app.run;

import java.nio.file.Path;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.BenchYaml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a bench for a command and guarantees its safe state on every exit path: normal return, exception, and
 * SIGINT/SIGTERM (through a shutdown hook), each of which closes the bench, which zeroes every DAC channel.
 */
public final class BenchSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchSession.class);
    private final Bench bench;
    private final Thread hook;

    private BenchSession(Bench bench) {
        this.bench = bench;
        this.hook = new Thread(this::closeQuietly, "photonlab-safe-state");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Loads the bench file, or uses {@code fallback} when {@code file} is null, and opens it. */
    public static BenchSession open(Path file, BenchDescription fallback) {
        BenchDescription d = file == null ? fallback : BenchYaml.load(file);
        return new BenchSession(Bench.open(d));
    }

    public Bench bench() {
        return bench;
    }

    private void closeQuietly() {
        try {
            bench.close();
        } catch (RuntimeException e) {
            LOG.error("could not put bench '{}' in its safe state: {}", bench.description().name(), e.toString());
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook itself closes the bench
            return;
        }
        bench.close();
    }
}
