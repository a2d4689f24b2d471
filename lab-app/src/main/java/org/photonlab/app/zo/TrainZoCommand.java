package org.photonlab.app.zo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code photonlab train zo}: zeroth-order on-chip training of an MZI-mesh chip. */
@Command(name = "zo", mixinStandardHelpOptions = true,
        description = "Deploy a pre-trained model on an MZI-mesh chip and train it on chip by zeroth-order "
                + "optimisation (MixedTrn or FLOPS).")
public final class TrainZoCommand implements Callable<Integer> {
    @Option(names = "--method", defaultValue = "mixedtrn", description = "mixedtrn | flops (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--model", defaultValue = "cnn-s", description = "cnn-s | mlp (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--dataset", defaultValue = "mnist16",
            description = "mnist16 | digits | iris (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--bench", description = "bench description YAML (default: the built-in simulated chip)")
    Path bench;

    @Option(names = "--epochs", defaultValue = "1", description = "ZO training epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every random draw (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", description = "run directory (default: runs/<time>-zo-<method>)")
    Path out;

    @Option(names = "--json", description = "print the summary as one JSON object on the last line of stdout")
    boolean json;

    @Override
    public Integer call() {
        return 0;
    }
}
