package org.photonlab.drivers.link;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.photonlab.protocols.line.Transcript;

/**
 * A {@link Link} that plays the device side of a {@link Transcript}: every line the driver writes must be the
 * next {@code >} line, and the {@code <} lines after it are delivered from another thread, as a real reader
 * would. Mismatches are collected and reported by {@link #verify()} (a driver thread must not be the one to fail).
 */
public final class ScriptedLink implements Link {
    private final Transcript script;
    private final ExecutorService device = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scripted-device");
        t.setDaemon(true);
        return t;
    });
    private final List<String> mismatches = new ArrayList<>();
    private LinkListener listener;
    private int next;

    public ScriptedLink(Transcript script) {
        this.script = script;
    }

    @Override
    public void open(LinkListener l) {
        this.listener = l;
    }

    @Override
    public synchronized void write(String line) {
        if (next >= script.steps().size()) {
            mismatches.add("unexpected extra host line '" + line + "' after the end of " + script.source());
            return;
        }
        Transcript.Step step = script.steps().get(next++);
        if (!step.host().equals(line)) {
            mismatches.add(script.source() + ":" + step.lineNumber() + ": expected host line '" + step.host()
                    + "', driver sent '" + line + "'");
            return;
        }
        if (!step.device().isEmpty()) {
            List<String> reply = step.device();
            device.execute(() -> listener.onLines(reply, 0));
        }
    }

    /** Injects device lines that no host line asked for (an asynchronous error, a power-up). */
    public void inject(String... lines) {
        device.execute(() -> listener.onLines(List.of(lines), 0));
    }

    /** Throws when the driver deviated from the script or did not play all of it. */
    public synchronized void verify() {
        if (!mismatches.isEmpty()) {
            throw new AssertionError(String.join("\n", mismatches));
        }
        if (next != script.steps().size()) {
            throw new AssertionError(script.source() + ": driver stopped after " + next + " of "
                    + script.steps().size() + " host lines; next expected '" + script.steps().get(next).host() + "'");
        }
    }

    @Override
    public String describe() {
        return "script " + script.source().getFileName();
    }

    @Override
    public void close() {
        device.shutdown();
        try {
            device.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
