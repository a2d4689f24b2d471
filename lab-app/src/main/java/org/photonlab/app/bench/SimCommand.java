package org.photonlab.app.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code photonlab sim}: the simulators. */
@Command(name = "sim", description = "Run the simulators.", mixinStandardHelpOptions = true,
        subcommands = {SimServeCommand.class})
public final class SimCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: expected 'sim serve'");
    }
}
