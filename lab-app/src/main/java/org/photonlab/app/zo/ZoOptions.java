package org.photonlab.app.zo;

import java.util.List;
import java.util.Locale;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.zo.AcceptRule;
import org.photonlab.training.zo.MixedTrainConfig;
import org.photonlab.training.zo.PruningPolicies;
import org.photonlab.training.zo.ZoOptimizerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code train zo} beyond the shared ones: model, data, optimiser and the built-in bench. Turns them
 * into checked values; every bad value is a usage error naming the option and what was expected.
 */
final class ZoOptions {
    @Option(names = "--method", defaultValue = "mixedtrn", description = "mixedtrn | flops (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--model", defaultValue = "cnn-s", description = "cnn-s | mlp (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--dataset", defaultValue = "mnist16",
            description = "mnist16 | digits | iris (default: ${DEFAULT-VALUE})")
    String dataset;

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

    private CommandLine commandLine;

    /** Checks every option; afterwards {@link #modelKind()}, {@link #pretrainEpochs()} are resolved. */
    void check(CommandLine cl) {
        commandLine = cl;
        check01("--alpha-p", alphaP);
        check01("--alpha-g", alphaG);
        optimizer();
        String kind = modelKind();
        if (!kind.equals(ModelSpec.CNN_S) && !kind.equals(ModelSpec.MLP)) {
            throw usage("unknown --model '" + model + "'; expected one of cnn-s, mlp");
        }
        if (hidden < 1 || stepsPerEpoch < 0 || pretrainEpochs() < 1) {
            throw usage("--hidden and --pretrain-epochs must be >= 1 and --steps-per-epoch >= 0");
        }
        if (!List.of("phase", "voltage", "none").contains(quantization)) {
            throw usage("unknown --quantization '" + quantization + "'; expected one of phase, voltage, none");
        }
        if (!Datasets.NAMES.contains(dataset)) {
            throw usage("unknown --dataset '" + dataset + "'; expected one of " + String.join(", ", Datasets.NAMES));
        }
        if (kind.equals(ModelSpec.CNN_S) && !dataset.equals("mnist16")) {
            throw usage("--model cnn-s needs 16x16 images (--dataset mnist16); use --model mlp for " + dataset);
        }
    }

    String modelKind() {
        return model.toLowerCase(Locale.ROOT);
    }

    /** {@code --pretrain-epochs}, or the data set's default. */
    int pretrainEpochs() {
        if (pretrainEpochs != null) {
            return pretrainEpochs;
        }
        return switch (dataset) {
            case "iris" -> 300;
            case "digits" -> 60;
            default -> 20;
        };
    }

    /** The optimiser of {@code --method} with its defaults, and the MixedTrn overrides when it is MixedTrn. */
    ZoOptimizerConfig optimizer() {
        ZoOptimizerConfig c;
        try {
            c = ZoOptimizerConfig.defaults(method);
        } catch (IllegalArgumentException e) {
            throw usage("unknown --method '" + method + "'; expected one of "
                    + String.join(", ", ZoOptimizerConfig.ids()));
        }
        return c instanceof MixedTrainConfig m ? mixedTrain(m) : c;
    }

    private MixedTrainConfig mixedTrain(MixedTrainConfig m) {
        if (alphaP != null) {
            m = m.withAlphaP(alphaP);
        }
        if (alphaG != null) {
            m = m.withAlphaG(alphaG);
        }
        if (rule != null) {
            m = m.withRule(switch (rule.toLowerCase(Locale.ROOT)) {
                case "reference" -> AcceptRule.REFERENCE;
                case "stp" -> AcceptRule.STP;
                default -> throw usage("unknown --rule '" + rule + "'; expected one of reference, stp");
            });
        }
        if (pruning != null) {
            try {
                m = m.withPruning(PruningPolicies.parse(pruning));
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
        return new CommandLine.ParameterException(commandLine, message);
    }
}
