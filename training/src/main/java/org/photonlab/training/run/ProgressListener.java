package org.photonlab.training.run;

/**
 * Receives the progress of a training run, zeroth-order ({@link ZoRun}, epochs reported as {@link EpochMetrics}) or
 * DFA ({@code DfaTrainer}, epochs reported as {@code EpochReport}), on the thread that runs it. Every method has an
 * empty default, so a listener implements only what it shows.
 *
 * @param <E> the trainer's per-epoch record
 */
public interface ProgressListener<E> {
    /** A listener that ignores everything. */
    static <E> ProgressListener<E> none() {
        return new ProgressListener<>() {
        };
    }

    /** Epoch {@code epoch} (1-based) of {@code epochs} starts and will run {@code steps} steps. */
    default void epochStarted(int epoch, int epochs, int steps) {
    }

    /**
     * Step {@code step} (1-based) of {@code steps} in epoch {@code epoch} is done; {@code loss} is its mini-batch
     * loss (ZO: at the start of the step; DFA: mean cross-entropy of the batch), {@code queries} the run's hardware
     * queries so far (ZO: loss forwards through the chip; DFA: projector frames, 0 for digital feedback).
     */
    default void stepDone(int epoch, int step, int steps, double loss, long queries) {
    }

    /** An epoch ended, with its metrics. */
    default void epochEnded(E metrics) {
    }
}
