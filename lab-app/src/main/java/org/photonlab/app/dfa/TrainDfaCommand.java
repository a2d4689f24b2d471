package org.photonlab.app.dfa;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photonlab.app.run.ConsoleProgress;
import org.photonlab.app.run.ProcessClock;
import org.photonlab.app.run.Progress;
import org.photonlab.app.run.RunRecord;
import org.photonlab.app.run.TrainOptions;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.hal.projection.LinearisationStrategy;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.training.dfa.Activation;
import org.photonlab.training.dfa.DfaConfig;
import org.photonlab.training.dfa.DfaMode;
import org.photonlab.training.dfa.DfaResult;
import org.photonlab.training.dfa.DfaTrainer;
import org.photonlab.training.dfa.EpochReport;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code photonlab train dfa}: trains an MLP on the bundled MNIST (8,000 train / 2,000 test) by backpropagation or
 * Direct Feedback Alignment; in optical mode the error projection comes from a random-projection device (the
 * in-process simulator, or the projector of a bench file, e.g. a remote slmsuite server). Writes a run directory
 * ({@code config.json}, {@code epochs.csv}, {@code summary.json}); with {@code --json} the last line of standard
 * output is the summary.
 */
@Command(name = "dfa", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = TrainDfaCommand.Defaults.class,
        description = "Train an MLP on the bundled MNIST with Direct Feedback Alignment; in optical mode the error "
                + "projection runs on an optical random-projection device. Defaults: optical DFA, 784-512-512-10 "
                + "tanh, SGD lr 0.01 momentum 0.9, batch 32, 15 epochs, simulated OPU with the 4-frame anchor "
                + "method.")
public final class TrainDfaCommand implements Callable<Integer> {
    /** {@code --epochs 15 --seed 0}: the brief's reference run. */
    static final class Defaults extends TrainOptions.Defaults {
        Defaults() {
            super(15, 0);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Shared options; in optical mode {@code --bench} names a file with one device of kind 'projector'. */
    @Mixin
    TrainOptions run;

    @Option(names = "--mode", defaultValue = "optical",
            description = "bp | dfa | dfa-ternary | optical (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--hidden", defaultValue = "512,512", split = ",",
            description = "hidden layer sizes, comma-separated (default: ${DEFAULT-VALUE})")
    int[] hidden;

    @Option(names = "--batch", defaultValue = "32", description = "mini-batch size (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "0.01", description = "SGD learning rate (default: ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--momentum", defaultValue = "0.9", description = "SGD momentum (default: ${DEFAULT-VALUE})")
    double momentum;

    @Option(names = "--tau", defaultValue = "0.1",
            description = "ternarisation threshold of the error (dfa-ternary, optical) (default: ${DEFAULT-VALUE})")
    double tau;

    @Option(names = "--activation", defaultValue = "tanh", description = "tanh | relu (default: ${DEFAULT-VALUE})")
    String activation;

    @Option(names = "--linearisation", defaultValue = "anchor4",
            description = "optical linearisation: anchor4 | anchor3 | anchor2 | naive (default: ${DEFAULT-VALUE})")
    String linearisation;

    @Option(names = "--anchor", defaultValue = "16", description = "anchor features (default: ${DEFAULT-VALUE})")
    int anchor;

    @Option(names = "--anchor-counts", defaultValue = "40",
            description = "anchor-only mean camera count the exposure is set to (default: ${DEFAULT-VALUE})")
    double anchorCounts;

    @Option(names = "--threads", description = "let dense kernels use both cores (results are identical)")
    boolean threads;

    @Override
    public Integer call() {
        DfaMode m = parse(() -> DfaMode.parse(mode));
        Activation act = parse(() -> Activation.parse(activation));
        run.check(spec.commandLine(), 1000);
        Path bench = run.bench;
        long seed = run.seed;
        int epochs = run.epochs;
        if (hidden.length == 0 || java.util.Arrays.stream(hidden).anyMatch(h -> h < 1 || h > 100_000)) {
            throw usage("--hidden sizes must be in 1..100000, got " + java.util.Arrays.toString(hidden));
        }
        if (batch < 1 || batch > 8000 || !(lr > 0) || !(momentum >= 0 && momentum < 1) || !(tau > 0)) {
            throw usage("need 1 <= --batch <= 8000, --lr > 0, 0 <= --momentum < 1 and --tau > 0");
        }
        if (!Linearisations.IDS.contains(linearisation.toLowerCase(Locale.ROOT))) {
            throw usage("unknown --linearisation '" + linearisation + "'; expected one of "
                    + String.join(", ", Linearisations.IDS));
        }
        if (anchor < 1 || !(anchorCounts > 0 && anchorCounts < 255)) {
            throw usage("--anchor must be >= 1 and --anchor-counts in (0, 255)");
        }
        DfaConfig cfg = new DfaConfig(m, hidden, act, epochs, batch, lr, momentum, tau, seed, threads, true);
        Progress progress = Progress.forConsole(run.quiet);
        Split data = Datasets.mnist28();
        RandomProjector projector = null;
        ProjectorBench projectorBench = null;
        try {
            LinearProjection projection = null;
            String backend = "digital";
            boolean simulated = false;
            if (m == DfaMode.OPTICAL) {
                projectorBench = ProjectorBench.open(bench == null ? ProjectorBench.builtIn(seed)
                        : ProjectorBench.load(bench, seed));
                projector = projectorBench.projector();
                projector.open();
                backend = projector.info().backend();
                simulated = projector.info().simulated();
                LinearisationStrategy strategy = Linearisations.byId(linearisation, anchor, anchorCounts);
                progress.line("projector '" + projector.info().name() + "' (" + backend + (simulated ? ", simulated"
                        : "") + "), linearisation " + strategy.id() + ", " + anchor + " anchor features at "
                        + anchorCounts + " counts");
                projection = projector.linear(strategy, data.train().classes(), cfg.maxHidden());
            }
            RunRecord record = RunRecord.create(run.out, "dfa-" + m.cliName() + "-s" + seed);
            record.config(resolved(cfg, backend, simulated, projector, bench));
            RunRecord.Epochs<DfaRecord.EpochRow> rows = record.epochs(DfaRecord.EpochRow.class);
            progress.line("training " + describe(cfg) + " on mnist10k (8000 train / 2000 test), mode "
                    + m.cliName() + ", seed " + seed);
            double[] benchS = {0};
            DfaResult result = new DfaTrainer(cfg, projection).train(data.train(), data.test(),
                    new ConsoleProgress<>(progress, "frames", e -> progressLine(e, epochs),
                            e -> rows.add(DfaRecord.EpochRow.of(e, benchS[0] += e.deviceTimeS()))));
            String summary = record.summary(DfaRecord.Summary.of(result, backend, simulated,
                    m == DfaMode.OPTICAL ? linearisation : null, ProcessClock.secondsSinceStart(), record.dir()));
            System.out.printf(Locale.ROOT, "%s on mnist10k: test accuracy %.4f after %d epochs (seed %d), wall %.1f s,"
                    + " frames %d, device time %.1f s (bench time)%n", m.cliName(), result.testAcc(), epochs, seed,
                    result.wallS(), result.frames(), result.deviceTimeS());
            System.out.println("run record " + record.dir());
            if (run.json) {
                System.out.println(summary);
            }
            return 0;
        } finally {
            if (projectorBench != null) {
                projectorBench.close();
            }
        }
    }

    private static String describe(DfaConfig c) {
        StringBuilder b = new StringBuilder("784");
        for (int h : c.hidden()) {
            b.append('-').append(h);
        }
        return b.append("-10 ").append(c.activation().name().toLowerCase(Locale.ROOT)).toString();
    }

    static String progressLine(EpochReport e, int epochs) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "epoch %d/%d  loss %.4f  train %.4f  test %.4f  wall %.2f s", e.epoch(), epochs, e.trainLoss(),
                e.trainAcc(), e.testAcc(), e.wallS()));
        if (e.alignment().length > 0) {
            b.append("  align ").append(DfaRecord.alignment(e.alignment()).replace(';', '/'));
        }
        if (e.frames() > 0) {
            b.append(String.format(Locale.ROOT, "  frames %d  device %.2f s", e.frames(), e.deviceTimeS()));
        }
        if (!Double.isNaN(e.feedbackCosine())) {
            b.append(String.format(Locale.ROOT, "  cos(ideal) %.3f", e.feedbackCosine()));
        }
        return b.toString();
    }

    private Map<String, Object> resolved(DfaConfig c, String backend, boolean simulated, RandomProjector p,
                                         Path bench) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("command", "train dfa");
        r.put("mode", c.mode().cliName());
        r.put("dataset", "mnist10k");
        r.put("train_samples", 8000);
        r.put("test_samples", 2000);
        r.put("input_normalisation", "(x/255 - " + Datasets.MNIST_MEAN + ") / " + Datasets.MNIST_STD);
        r.put("hidden", c.hidden());
        r.put("activation", c.activation().name().toLowerCase(Locale.ROOT));
        r.put("epochs", c.epochs());
        r.put("batch", c.batch());
        r.put("optimizer", "sgd");
        r.put("lr", c.lr());
        r.put("momentum", c.momentum());
        r.put("tau", c.tau());
        r.put("seed", c.seed());
        r.put("feedback_normalisation", "P / sqrt(max hidden width), prefix slice per layer");
        r.put("threads", c.parallel());
        r.put("backend", backend);
        r.put("simulated", simulated);
        r.put("bench_file", bench == null ? null : bench.toAbsolutePath().toString());
        if (p != null) {
            r.put("projector", p.info().name());
            r.put("modulation", p.info().modulation().name().toLowerCase(Locale.ROOT));
            r.put("linearisation", linearisation);
            r.put("anchor_features", anchor);
            r.put("anchor_counts", anchorCounts);
            r.put("exposure_us", p.config().exposureUs());
            r.put("components", p.config().components());
            r.put("features_on_device", p.config().features().count());
        }
        return r;
    }

    private <T> T parse(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (LabException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
