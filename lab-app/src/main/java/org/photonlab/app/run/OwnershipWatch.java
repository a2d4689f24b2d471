package org.photonlab.app.run;

import java.util.List;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.lease.ForeignWriteException;
import org.photonlab.training.run.ProgressListener;

/**
 * The ownership check during a run, as a progress listener around the run's own: every {@code every} steps (and
 * at every epoch's end) it reads back every DAC setpoint of the bench ({@link Bench#foreignWrites()}, the
 * detection) and, when someone else has changed one, stops the run at that step boundary by throwing a
 * {@link ForeignWriteException} (the reaction; the command records it and exits 1, and closing the bench puts it
 * in its safe state). Runs on the trainer's thread.
 *
 * @param <E> the trainer's per-epoch record
 */
public final class OwnershipWatch<E> implements ProgressListener<E> {
    /** Steps between checks by default: every step boundary. */
    public static final int DEFAULT_EVERY = 1;

    private final Bench bench;
    private final ProgressListener<E> inner;
    private final int every;
    private int lastEpoch;
    private int lastStep;

    /** @param every check after every {@code every}-th step of an epoch (≥ 1) and at every epoch's end */
    public OwnershipWatch(Bench bench, ProgressListener<E> inner, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("ownership check interval must be >= 1 step, got " + every);
        }
        this.bench = bench;
        this.inner = inner;
        this.every = every;
    }

    @Override
    public void epochStarted(int epoch, int epochs, int steps) {
        inner.epochStarted(epoch, epochs, steps);
    }

    @Override
    public void stepDone(int epoch, int step, int steps, double loss, long queries) {
        inner.stepDone(epoch, step, steps, loss, queries);
        lastEpoch = epoch;
        lastStep = step;
        if (step % every == 0) {
            check(epoch, step);
        }
    }

    @Override
    public void epochEnded(E metrics) {
        check(lastEpoch, lastStep);
        inner.epochEnded(metrics);
    }

    private void check(int epoch, int step) {
        List<ForeignWrite> found = bench.foreignWrites();
        if (!found.isEmpty()) {
            throw new ForeignWriteException(found, epoch, step);
        }
    }
}
