package org.photonlab.training.run;

/**
 * Receives the progress of a {@link ZoRun}, on the thread that runs it. Every method has an empty default, so a
 * listener implements only what it shows.
 */
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Epoch {@code epoch} (1-based) of {@code epochs} starts and will run {@code steps} steps. */
    default void epochStarted(int epoch, int epochs, int steps) {
    }

    /**
     * Step {@code step} (1-based) of {@code steps} in epoch {@code epoch} is done; {@code loss} is its mini-batch
     * loss at the start of the step, {@code queries} the run's training queries so far.
     */
    default void stepDone(int epoch, int step, int steps, double loss, long queries) {
    }

    /** An epoch ended. */
    default void epochEnded(EpochMetrics metrics) {
    }
}
