package org.photonlab.app.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.photonlab.app.Main;
import picocli.CommandLine;

/** Runs the {@code photonlab} command line in process and keeps what it printed (tests only). */
public final class Cli {
    private Cli() {
    }

    /** Exit code and the text written to picocli's out and err writers. */
    public record Result(int exit, String out, String err) {
    }

    /** Runs one command with fresh out/err writers. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Result(cl.execute(args), out.toString(), err.toString());
    }
}
