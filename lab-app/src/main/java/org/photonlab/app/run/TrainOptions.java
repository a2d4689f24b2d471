package org.photonlab.app.run;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every training command shares, as a picocli mixin. Their defaults differ per job, so each command
 * gives them through its {@code defaultValueProvider} (see {@link Defaults}); the help shows the job's own value.
 */
public final class TrainOptions {
    @Option(names = "--epochs", description = "training epochs (default: ${DEFAULT-VALUE})")
    public int epochs;

    @Option(names = "--seed", description = "seed of every random draw of the run (default: ${DEFAULT-VALUE})")
    public long seed;

    @Option(names = "--bench", paramLabel = "FILE",
            description = "bench description YAML (default: the job's built-in simulated bench)")
    public Path bench;

    @Option(names = "--out", paramLabel = "DIR",
            description = "run directory, new or empty (default: runs/<time>-<job>-<method>-s<seed>)")
    public Path out;

    @Option(names = "--json", description = "print the summary as one JSON object on the last line of standard output")
    public boolean json;

    @Option(names = "--quiet", description = "no progress output")
    public boolean quiet;

    /**
     * Checks the shared options before anything long runs: epochs in 1..{@code maxEpochs} and an existing bench
     * file (usage errors, exit 2), and a usable run directory (a lab error, exit 1). What is inside the bench file
     * is checked by its loader.
     */
    public void check(CommandLine commandLine, int maxEpochs) {
        if (epochs < 1 || epochs > maxEpochs) {
            throw new CommandLine.ParameterException(commandLine, "--epochs must be in 1.." + maxEpochs + ", got "
                    + epochs);
        }
        if (bench != null && !Files.isRegularFile(bench)) {
            throw new CommandLine.ParameterException(commandLine, "--bench " + bench + " does not exist or is not a "
                    + "file; expected a bench description YAML file");
        }
        RunDirectory.checkUsable(out);
    }

    /** A job's defaults of {@code --epochs} and {@code --seed}; the other options default to nothing. */
    public abstract static class Defaults implements CommandLine.IDefaultValueProvider {
        private final int epochs;
        private final long seed;

        protected Defaults(int epochs, long seed) {
            this.epochs = epochs;
            this.seed = seed;
        }

        @Override
        public String defaultValue(CommandLine.Model.ArgSpec arg) {
            if (arg instanceof CommandLine.Model.OptionSpec o) {
                return switch (o.longestName()) {
                    case "--epochs" -> Integer.toString(epochs);
                    case "--seed" -> Long.toString(seed);
                    default -> null;
                };
            }
            return null;
        }
    }
}
