package org.photonlab.app.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.photonlab.hal.SafeStateException;
import org.photonlab.hal.bench.Bench;

/**
 * What a command does when SIGINT or SIGTERM ends it mid-run, from one JVM shutdown hook: mark the process
 * interrupted (so the trainer's own failures, which the closing bench provokes, are not reported as errors), put
 * every open bench in its safe state, end the run record with {@code status: interrupted} and the epoch/step it was
 * in, and print one line saying so (or which DAC banks could not be reached). The JVM then exits with 128 + the
 * signal number (130 for SIGINT, 143 for SIGTERM), as a shell expects.
 *
 * <p>Process-wide, since a signal is. Thread-safe: the trainer thread registers and reports its position, the hook
 * runs on its own thread.
 */
public final class RunShutdown {
    private static final Set<Bench> BENCHES = new LinkedHashSet<>(); // guarded by the class
    private static RunRecord record; // guarded by the class
    private static volatile int epoch;
    private static volatile int step;
    private static volatile int steps;
    private static volatile boolean interrupted;
    private static boolean hooked; // guarded by the class
    private static PrintStream out = System.err;

    private RunShutdown() {
    }

    /** A bench whose safe state the hook must reach; {@link #released} when the command closes it itself. */
    public static synchronized void guard(Bench bench) {
        hook();
        BENCHES.add(bench);
    }

    /** The command closes {@code bench} itself: the hook leaves it alone. */
    public static synchronized void released(Bench bench) {
        BENCHES.remove(bench);
    }

    /** The run record of the current run. */
    static synchronized void recording(RunRecord r) {
        hook();
        record = r;
    }

    /** Where the trainer is ("in epoch 3, step 2 of 3"), set as it goes (1-based epoch and step), for the interrupted line and record. Any thread. */
    public static void at(int epochNumber, int stepNumber, int stepsInEpoch) {
        epoch = epochNumber;
        step = stepNumber;
        steps = stepsInEpoch;
    }

    /** True once a signal began the shutdown of a run: errors from then on are consequences, not causes. */
    public static boolean interrupted() {
        return interrupted;
    }

    /**
     * Records that the current run failed with {@code reason} (the one-line error the command prints), where it
     * stood; nothing when no run is recording or it already ended. Returns a note for the error line when the
     * record could not say so.
     */
    public static String failed(String reason) {
        RunRecord r;
        synchronized (RunShutdown.class) {
            r = record;
        }
        if (r == null || r.finished()) {
            return "";
        }
        return r.stopEarly(new StopRecord("failed", epoch, step, "closing the bench puts it in its safe state",
                List.of(), reason)) ? "" : "; " + RunRecord.STOP_JSON + " could not be written either";
    }

    private static String position() {
        int e = epoch;
        int s = step;
        return e == 0 ? "before the first epoch" : "in epoch " + e + (s > 0 ? ", step " + s + (steps > 0 ? " of " + steps
                : "") : "");
    }

    private static void hook() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(RunShutdown::onShutdown, "photonlab-interrupted"));
        }
    }

    /** Runs at JVM exit; acts only when a bench is still open or a run has not ended, i.e. a signal ended it. */
    private static void onShutdown() {
        List<Bench> open;
        RunRecord r;
        synchronized (RunShutdown.class) {
            open = new ArrayList<>(BENCHES);
            r = record != null && !record.finished() ? record : null;
        }
        if (open.isEmpty() && r == null) {
            return;
        }
        interrupted = true;
        List<String> safe = new ArrayList<>();
        List<String> unsafe = new ArrayList<>();
        String firstUnsafe = null;
        for (Bench b : open) {
            try {
                b.close();
                safe.add(b.description().name());
            } catch (SafeStateException e) {
                unsafe.addAll(e.devices());
                firstUnsafe = firstUnsafe == null ? e.getCause().getMessage() : firstUnsafe;
            } catch (RuntimeException e) {
                // closing reached the safe state but a device did not close cleanly
                safe.add(b.description().name());
            }
        }
        // read once the bench is closed: the trainer runs on until its next write meets the closed bench
        String where = position();
        String benchState = open.isEmpty() ? "no bench was open"
                : unsafe.isEmpty() ? "bench " + quoted(safe) + " put in its safe state"
                : "safe state NOT confirmed for " + String.join(", ", unsafe) + " (" + firstUnsafe + ")";
        if (r != null) {
            r.stopEarly(new StopRecord("interrupted", epoch, step, benchState, List.of(),
                    "run interrupted by a signal " + where));
        }
        out.println("photonlab: run interrupted " + where + "; " + benchState
                + (r != null ? "; run record " + r.dir() : ""));
        out.flush();
    }

    private static String quoted(List<String> names) {
        return names.size() == 1 ? "'" + names.get(0) + "'" : names.toString();
    }
}
