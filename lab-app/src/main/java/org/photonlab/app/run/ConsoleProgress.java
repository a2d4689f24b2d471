package org.photonlab.app.run;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.photonlab.training.run.ProgressListener;

/**
 * Shows a trainer's progress on the console (a bar per epoch, a line at its end) and hands every finished epoch to
 * the run record: the one progress listener of both training commands. Runs on the trainer's thread.
 *
 * @param <E> the trainer's per-epoch record
 */
public final class ConsoleProgress<E> implements ProgressListener<E> {
    private final Progress progress;
    private final String queriesLabel;
    private final Function<E, String> epochLine;
    private final Consumer<E> record;

    /**
     * @param queriesLabel what the trainer's queries count, shown on the bar (e.g. {@code queries}, {@code frames})
     * @param epochLine    the line shown when an epoch ends
     * @param record       receives every finished epoch before its line is shown (e.g. a row of {@code epochs.csv})
     */
    public ConsoleProgress(Progress progress, String queriesLabel, Function<E, String> epochLine, Consumer<E> record) {
        this.progress = progress;
        this.queriesLabel = queriesLabel;
        this.epochLine = epochLine;
        this.record = record;
    }

    @Override
    public void epochStarted(int epoch, int epochs, int steps) {
        RunShutdown.at(epoch, 0, steps);
        progress.phase("epoch " + epoch + "/" + epochs);
    }

    @Override
    public void stepDone(int epoch, int step, int steps, double loss, long queries) {
        RunShutdown.at(epoch, step, steps);
        progress.update(step, steps, String.format(Locale.ROOT, "loss %.4f  %s %d", loss, queriesLabel, queries));
    }

    @Override
    public void epochEnded(E metrics) {
        record.accept(metrics);
        progress.line(epochLine.apply(metrics));
    }
}
