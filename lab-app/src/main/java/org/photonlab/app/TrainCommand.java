package org.photonlab.app;

import org.photonlab.app.dfa.TrainDfaCommand;
import org.photonlab.app.zo.TrainZoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code photonlab train}: the training jobs. */
@Command(name = "train", description = "Train a model in the loop.", mixinStandardHelpOptions = true,
        subcommands = {TrainZoCommand.class, TrainDfaCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing training job: expected 'train zo' or 'train dfa'");
    }
}
