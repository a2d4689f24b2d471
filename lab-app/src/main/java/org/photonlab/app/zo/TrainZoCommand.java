package org.photonlab.app.zo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.photonlab.app.run.BenchSession;
import org.photonlab.app.run.Json;
import org.photonlab.app.run.Progress;
import org.photonlab.app.run.RunDirectory;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.StandardBenches;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainCache;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.run.ZoMethod;
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;
import org.photonlab.training.zo.AcceptRule;
import org.photonlab.training.zo.FlopsConfig;
import org.photonlab.training.zo.MixedTrainConfig;
import org.photonlab.training.zo.PruningPolicies;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code photonlab train zo}: pre-train (or reuse the cached model), deploy on the chip, train on chip by
 * zeroth-order optimisation, write a run record and report.
 */
@Command(name = "zo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Deploy a pre-trained model on an MZI-mesh chip and train it on chip by zeroth-order "
                + "optimisation (MixedTrn or FLOPS). Defaults: MixedTrn, CNN-S, bundled MNIST-16, the built-in "
                + "simulated chip (8-bit DAC, gamma drift, thermal crosstalk).")
public final class TrainZoCommand implements Callable<Integer> {
    /** Block size of every core of the built-in bench (the papers' k = 9). */
    static final int CORE_SIZE = 9;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--method", defaultValue = "mixedtrn", description = "mixedtrn | flops (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--model", defaultValue = "cnn-s", description = "cnn-s | mlp (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--dataset", defaultValue = "mnist16",
            description = "mnist16 | digits | iris (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--bench", paramLabel = "FILE",
            description = "bench description YAML (default: the built-in simulated chip)")
    Path bench;

    @Option(names = "--epochs", defaultValue = "1", description = "ZO training epochs, >= 1 (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "seed of every random draw (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "run directory (default: runs/<time>-zo-<method>-s<seed>)")
    Path out;

    @Option(names = "--json", description = "print the summary as one JSON object on the last line of standard output")
    boolean json;

    @Option(names = "--hidden", defaultValue = "16", description = "hidden width of the mlp model (default: ${DEFAULT-VALUE})")
    int hidden;

    @Option(names = "--steps-per-epoch", defaultValue = "0",
            description = "ZO steps per epoch; 0 = one pass over the training set (default: ${DEFAULT-VALUE})")
    int stepsPerEpoch;

    @Option(names = "--alpha-p", description = "MixedTrn parameter sparsity: fraction of U/V phases left passive "
            + "(default 0.85)")
    Double alphaP;

    @Option(names = "--alpha-g", description = "MixedTrn gradient sparsity: skip probability per coordinate per step "
            + "(default 0.9)")
    Double alphaG;

    @Option(names = "--pruning", description = "power-aware pruning policy: " + PruningPolicies.NAMES
            + " (default: the measured default, see docs/zo-training.md)")
    String pruning;

    @Option(names = "--rule", description = "MixedTrn second move: reference (accept -delta unconditionally) | stp "
            + "(revert if not better)")
    String rule;

    @Option(names = "--fixed-batch", description = "reference quirk M1: reuse one mini-batch for every step")
    boolean fixedBatch;

    @Option(names = "--quantization", defaultValue = "phase",
            description = "built-in bench only: DAC quantizer phase | voltage | none (default: ${DEFAULT-VALUE})")
    String quantization;

    @Option(names = "--phase-bias", description = "built-in bench only: add the unknown manufacturing phase bias "
            + "U(-1,1) rad (recovering from it is calibration's job)")
    boolean phaseBias;

    @Option(names = "--pretrain-epochs",
            description = "software pre-training epochs, cached per recipe (default: mnist16 20, digits 60, iris 300)")
    Integer pretrainEpochs;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() {
        ZoMethod zoMethod = parseMethod();
        String modelKind = model.toLowerCase(Locale.ROOT);
        if (!modelKind.equals(ModelSpec.CNN_S) && !modelKind.equals(ModelSpec.MLP)) {
            throw usage("unknown --model '" + model + "'; expected one of cnn-s, mlp");
        }
        if (epochs < 1 || epochs > 10_000) {
            throw usage("--epochs must be in 1..10000, got " + epochs);
        }
        if (pretrainEpochs == null) {
            pretrainEpochs = switch (dataset) {
                case "iris" -> 300;
                case "digits" -> 60;
                default -> 20;
            };
        }
        if (hidden < 1 || stepsPerEpoch < 0 || pretrainEpochs < 1) {
            throw usage("--hidden and --pretrain-epochs must be >= 1 and --steps-per-epoch >= 0");
        }
        check01("--alpha-p", alphaP);
        check01("--alpha-g", alphaG);
        if (!java.util.List.of("phase", "voltage", "none").contains(quantization)) {
            throw usage("unknown --quantization '" + quantization + "'; expected one of phase, voltage, none");
        }
        RunDirectory.checkUsable(out);
        if (!Datasets.NAMES.contains(dataset)) {
            throw usage("unknown --dataset '" + dataset + "'; expected one of " + String.join(", ", Datasets.NAMES));
        }
        if (modelKind.equals(ModelSpec.CNN_S) && !dataset.equals("mnist16")) {
            throw usage("--model cnn-s needs 16x16 images (--dataset mnist16); use --model mlp for " + dataset);
        }
        MixedTrainConfig mixed = mixedTrainConfig();
        FlopsConfig flops = FlopsConfig.defaults();

        Progress progress = Progress.forConsole(quiet);
        long t0 = System.nanoTime();
        Split data = Datasets.byName(dataset, seed);
        ModelSpec modelSpec = modelKind.equals(ModelSpec.CNN_S) ? ModelSpec.cnnS()
                : ModelSpec.mlp(new int[] {data.train().dim()}, data.train().classes(), hidden);
        PretrainConfig pre = PretrainConfig.defaults(seed).withEpochs(pretrainEpochs);
        progress.line("pre-training " + modelSpec.describe() + " on " + dataset + " (cached in " + cacheDir() + ")");
        PretrainCache.Pretrained pretrained = PretrainCache.loadOrTrain(cacheDir(), modelSpec, pre, data,
                e -> progress.update(e, pretrainEpochs, "pre-training epoch " + e));
        progress.line(String.format(Locale.ROOT, "ideal (software) test accuracy %.4f%s", pretrained.testAccuracy(),
                pretrained.fromCache() ? " (cached model)" : String.format(Locale.ROOT, " (trained in %.1f s)",
                        pretrained.seconds())));

        Network network = pretrained.network();
        BenchDescription builtIn = bench == null ? builtInBench(network) : null;
        try (BenchSession session = BenchSession.open(bench, builtIn)) {
            var hw = session.bench();
            progress.line("deploying on bench '" + hw.description().name() + "' (" + hw.cores().size() + " cores, "
                    + (hw.isSimulated() ? "simulated" : "hardware") + ")");
            ChipNetwork chip = ChipNetwork.deploy(network, hw);
            RunDirectory run = RunDirectory.create(out, "zo-" + zoMethod.id() + "-s" + seed);
            ZoRunConfig config = ZoRunConfig.builder().method(zoMethod).model(modelKind).dataset(dataset)
                    .epochs(epochs).seed(seed).stepsPerEpoch(stepsPerEpoch).fixedBatch(fixedBatch)
                    .mixedTrain(mixed).flops(flops).idealAccuracy(pretrained.testAccuracy()).build();
            Map<String, Object> resolved = resolvedConfig(config, hw, modelSpec, pre);
            run.write("config.json", Json.pretty(resolved));
            MetricsCsv csv = new MetricsCsv(run);
            ZoRunResult result = new ZoRun(chip, data.train(), data.test(), config,
                    new ConsoleListener(progress, csv)).run();
            double wall = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> summary = Summary.of(result, config, hw, pretrained.testAccuracy(), wall,
                    chip.coresUsed(), run.path());
            run.write("summary.json", Json.pretty(summary));
            printSummary(summary);
            if (json) {
                System.out.println(Json.line(summary));
            }
        }
        return 0;
    }

    private ZoMethod parseMethod() {
        try {
            return ZoMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw usage("unknown --method '" + method + "'; expected one of mixedtrn, flops");
        }
    }

    private MixedTrainConfig mixedTrainConfig() {
        MixedTrainConfig m = MixedTrainConfig.defaults();
        if (alphaP != null) {
            m = m.withAlphaP(alphaP);
        }
        if (alphaG != null) {
            m = m.withAlphaG(alphaG);
        }
        if (rule != null) {
            AcceptRule r = switch (rule.toLowerCase(Locale.ROOT)) {
                case "reference" -> AcceptRule.REFERENCE;
                case "stp" -> AcceptRule.STP;
                default -> throw usage("unknown --rule '" + rule + "'; expected one of reference, stp");
            };
            m = new MixedTrainConfig(m.delta0(), m.decay(), m.alphaP(), m.alphaG(), r, m.pruning(),
                    m.sameSeedPerLayer());
        }
        if (pruning != null) {
            try {
                m = new MixedTrainConfig(m.delta0(), m.decay(), m.alphaP(), m.alphaG(), m.rule(),
                        PruningPolicies.parse(pruning), m.sameSeedPerLayer());
            } catch (IllegalArgumentException e) {
                throw usage("unknown --pruning '" + pruning + "'; expected " + PruningPolicies.NAMES);
            }
        }
        return m;
    }

    private void check01(String name, Double v) {
        if (v != null && !(v >= 0 && v < 1)) {
            throw usage(name + " must be in [0, 1), got " + v);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The built-in simulated chip: one 9×9 core per block of the model, the MixedTrn paper's default scenario. */
    private BenchDescription builtInBench(Network network) {
        int cores = ChipNetwork.coresNeeded(network, CORE_SIZE);
        Map<String, Object> physics = new LinkedHashMap<>();
        physics.put("seed", seed);
        physics.put("gamma_drift_std", 0.002);
        physics.put("crosstalk", 0.005);
        physics.put("phase_bias", phaseBias);
        return StandardBenches.simulatedChip("builtin-sim-chip", cores, CORE_SIZE, quantization, physics);
    }

    static Path cacheDir() {
        String prop = System.getProperty("photonlab.cache");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("PHOTONLAB_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "photonlab");
    }

    private Map<String, Object> resolvedConfig(ZoRunConfig c, org.photonlab.hal.bench.Bench hw, ModelSpec m,
                                               PretrainConfig pre) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("command", "train zo");
        r.put("method", c.method().id());
        r.put("model", m.describe());
        r.put("dataset", c.dataset());
        r.put("epochs", c.epochs());
        r.put("seed", c.seed());
        r.put("batch_size", c.batchSize());
        r.put("steps_per_epoch", c.stepsPerEpoch());
        r.put("fixed_batch", c.fixedBatch());
        r.put("mixedtrn", c.mixedTrain().toString());
        r.put("flops", c.flops().toString());
        r.put("pretrain", pre.describe());
        r.put("bench", hw.description().name());
        r.put("bench_file", bench == null ? null : bench.toAbsolutePath().toString());
        r.put("backends", hw.backendIds());
        r.put("simulated", hw.isSimulated());
        r.put("physics", hw.description().physics());
        return r;
    }

    private void printSummary(Map<String, Object> s) {
        System.out.printf(Locale.ROOT, "%s on %s / %s, backend %s, seed %s%n", s.get("method"), s.get("model"),
                s.get("dataset"), s.get("backend"), s.get("seed"));
        System.out.printf(Locale.ROOT, "  test accuracy  ideal %.4f   deployed %.4f   after %d epoch(s) %.4f%n",
                s.get("acc_ideal"), s.get("acc_deployed"), s.get("epochs"), s.get("acc_final"));
        System.out.printf(Locale.ROOT, "  heater power   deployed %.3f W   final %.3f W (active phases only)%n",
                s.get("power_deployed_w"), s.get("power_final_w"));
        System.out.printf(Locale.ROOT, "  phases         %s active of %s;  queries %s;  wall %.1f s%n",
                s.get("active_phases"), s.get("total_phases"), s.get("queries"), s.get("wall_s"));
        System.out.println("  run record     " + s.get("run_dir"));
    }
}
