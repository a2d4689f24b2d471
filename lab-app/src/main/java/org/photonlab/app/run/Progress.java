package org.photonlab.app.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error: a redrawn bar when standard error is a terminal, plain lines otherwise (CI logs,
 * pipes), at most one plain line per ~10 % of a phase.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean tty;
    private final boolean quiet;
    private int lastDecile = -1;
    private String phase = "";
    private long lastDrawNanos;
    private boolean barShown;

    public Progress(PrintStream out, boolean tty, boolean quiet) {
        this.out = out;
        this.tty = tty;
        this.quiet = quiet;
    }

    /** Progress for this process: a bar only when a console is attached and CI is not set. */
    public static Progress forConsole(boolean quiet) {
        boolean tty = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Progress(System.err, tty, quiet);
    }

    /** Starts a named phase (e.g. "epoch 1/3"). */
    public synchronized void phase(String name) {
        finishBar();
        phase = name;
        lastDecile = -1;
        lastDrawNanos = 0;
    }

    /** Reports {@code done} of {@code total} in the current phase with a short status text. */
    public synchronized void update(long done, long total, String status) {
        if (quiet || total <= 0) {
            return;
        }
        double f = Math.min(1.0, (double) done / total);
        if (tty) {
            // redraw at most ~10 times a second (and always at the end) so a fast loop is not slowed by the terminal
            long now = System.nanoTime();
            if (done < total && now - lastDrawNanos < 100_000_000L) {
                return;
            }
            lastDrawNanos = now;
            int width = 30;
            int filled = (int) Math.round(f * width);
            out.print("\r" + phase + " [" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
                    + String.format(Locale.ROOT, "%3.0f%%", f * 100) + " " + status + "\u001b[K");
            out.flush();
            barShown = true;
        } else {
            int decile = (int) Math.floor(f * 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(phase + " " + String.format(Locale.ROOT, "%3.0f%%", f * 100) + " " + status);
            }
        }
    }

    /** Prints a message line (never swallowed by the bar). */
    public synchronized void line(String message) {
        if (quiet) {
            return;
        }
        finishBar();
        out.println(message);
    }

    private void finishBar() {
        if (barShown) {
            out.print("\r\u001b[K");
            out.flush();
            barShown = false;
        }
    }
}
