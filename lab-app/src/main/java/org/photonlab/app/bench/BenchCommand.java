package org.photonlab.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code photonlab bench}: commands about a whole bench. */
@Command(name = "bench", description = "Check a bench, or list the backends' options.", mixinStandardHelpOptions = true,
        subcommands = {BenchCheckCommand.class, BenchOptionsCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: expected 'bench check' or 'bench options'");
    }
}
