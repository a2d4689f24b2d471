package org.photonlab.app;

import java.io.PrintWriter;
import org.photonlab.app.bench.BenchCommand;
import org.photonlab.app.run.ProcessClock;
import org.photonlab.app.run.RunShutdown;
import org.photonlab.app.bench.DacCommand;
import org.photonlab.app.bench.PdCommand;
import org.photonlab.app.bench.SimCommand;
import org.photonlab.hal.LabException;
import org.photonlab.hal.SafeStateException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code photonlab} command line. Exit codes: 0 success, 1 a lab error (bad bench, refused write, device fault),
 * 2 a usage error (unknown option, bad value), 3 an unexpected internal error.
 */
@Command(name = "photonlab", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Train photonic neural-network hardware in the loop: MZI-mesh chips by zeroth-order "
                + "optimisation, optical random projectors by direct feedback alignment.",
        subcommands = {TrainCommand.class, SimCommand.class, BenchCommand.class, DacCommand.class, PdCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_LAB_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    public static void main(String[] args) {
        ProcessClock.fromJvmStart();
        describeCommand(args);
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** What write-lease holders of this process show as its command: {@code photonlab <args>}. */
    static void describeCommand(String... args) {
        System.setProperty(org.photonlab.hal.lease.LeaseHolder.COMMAND_PROPERTY, "photonlab " + String.join(" ",
                args));
    }

    /** The configured picocli command line: one-line errors, no stack traces for user errors. */
    public static CommandLine newCommandLine() {
        ProcessClock.commandStarted(); // in-process callers (tests): a command's wall time starts here
        CommandLine cl = new CommandLine(new Main());
        // 'dac set … -inf' must reach the voltage check (and be refused there), not look like an unknown option
        cl.getSubcommands().get("dac").getSubcommands().get("set").setUnmatchedOptionsArePositionalParams(true);
        cl.setParameterExceptionHandler((ex, argv) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("photonlab: " + oneLine(ex.getMessage()) + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            PrintWriter err = command.getErr();
            Throwable t = ex;
            if (RunShutdown.interrupted()) {
                // a signal closed the bench under the trainer; the shutdown hook reports the interruption
                return EXIT_LAB_ERROR;
            }
            if (t instanceof LabException || t.getCause() instanceof LabException) {
                LabException le = t instanceof LabException l ? l : (LabException) t.getCause();
                String message = oneLine(le.getMessage() + safeStateNote(le));
                err.println("photonlab: " + message + RunShutdown.failed(message));
                err.flush();
                return EXIT_LAB_ERROR;
            }
            if (t instanceof CommandLine.ParameterException pe) {
                err.println("photonlab: " + oneLine(pe.getMessage()));
                err.flush();
                return EXIT_USAGE;
            }
            org.slf4j.LoggerFactory.getLogger(Main.class).error("internal error", t);
            RunShutdown.failed("internal error: " + oneLine(String.valueOf(t)));
            err.println("photonlab: internal error: " + oneLine(String.valueOf(t))
                    + " (please report it with the log above)");
            err.flush();
            return EXIT_INTERNAL;
        });
        return cl;
    }

    /** What closing the bench reported after the error (try-with-resources keeps it as a suppressed exception). */
    private static String safeStateNote(Throwable t) {
        for (Throwable s : t.getSuppressed()) {
            if (s instanceof SafeStateException) {
                return "; " + s.getMessage();
            }
        }
        return "";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ').trim();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"photonlab " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
