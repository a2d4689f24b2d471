package org.photonlab.app.zo;

import java.util.concurrent.Callable;
import org.photonlab.app.run.BenchSession;
import org.photonlab.app.run.Progress;
import org.photonlab.app.run.OwnershipWatch;
import org.photonlab.app.run.ProcessClock;
import org.photonlab.app.run.RunRecord;
import org.photonlab.app.run.StopRecord;
import org.photonlab.hal.lease.ForeignWriteException;
import org.photonlab.app.run.TrainOptions;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.training.chip.ChipNetwork;
import org.photonlab.training.data.Datasets;
import org.photonlab.training.data.Split;
import org.photonlab.training.nn.ModelSpec;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.PretrainCache;
import org.photonlab.training.nn.PretrainConfig;
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code photonlab train zo}: pre-train (or reuse the cached model), deploy on the chip, train on chip by
 * zeroth-order optimisation, write a run record and report. The concerns live apart: {@link ZoOptions} (options),
 * {@link ZoDeployment} (model and bench), {@link ZoRecord} (run record), {@link ZoConsole} (console).
 */
@Command(name = "zo", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = TrainZoCommand.Defaults.class,
        description = "Deploy a pre-trained model on an MZI-mesh chip and train it on chip by zeroth-order "
                + "optimisation (MixedTrn or FLOPS). Defaults: MixedTrn, CNN-S, bundled MNIST-16, the built-in "
                + "simulated chip (8-bit DAC, gamma drift, thermal crosstalk).")
public final class TrainZoCommand implements Callable<Integer> {
    /** {@code --epochs 1 --seed 1}. */
    static final class Defaults extends TrainOptions.Defaults {
        Defaults() {
            super(1, 1);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TrainOptions run;

    @Mixin
    ZoOptions zo;

    @Override
    public Integer call() {
        zo.check(spec.commandLine());
        run.check(spec.commandLine(), 10_000);
        Progress progress = Progress.forConsole(run.quiet);
        Split data = Datasets.byName(zo.dataset, run.seed);
        ModelSpec modelSpec = ZoDeployment.model(zo.modelKind(), data, zo.hidden);
        PretrainConfig pre = PretrainConfig.defaults(run.seed).withEpochs(zo.pretrainEpochs());
        PretrainCache.Pretrained pretrained = ZoDeployment.pretrain(modelSpec, pre, data, zo.dataset, progress);
        Network network = pretrained.network();
        BenchDescription builtIn = run.bench == null
                ? ZoDeployment.builtInBench(network, run.seed, zo.quantization, zo.phaseBias) : null;
        try (BenchSession session = BenchSession.open(run.bench, builtIn)) {
            Bench hw = session.bench();
            progress.line("deploying on bench '" + hw.description().name() + "' (" + hw.cores().size() + " cores, "
                    + (hw.isSimulated() ? "simulated" : "hardware") + ")");
            ChipNetwork chip = ChipNetwork.deploy(network, hw);
            if (chip.plan().isMultiplexed()) {
                progress.line("time-multiplexing " + ChipNetwork.coresNeeded(network, hw.cores().get(0).size())
                        + " blocks onto " + chip.coresUsed() + " core(s): " + chip.plan().blocksPerCore());
            }
            ZoRunConfig config = ZoRunConfig.builder().optimizer(zo.optimizer()).model(zo.modelKind())
                    .dataset(zo.dataset).epochs(run.epochs).seed(run.seed).stepsPerEpoch(zo.stepsPerEpoch)
                    .fixedBatch(zo.fixedBatch).idealAccuracy(pretrained.testAccuracy()).build();
            RunRecord record = RunRecord.create(run.out, "zo-" + config.method() + "-s" + run.seed);
            record.config(ZoRecord.Config.of(config, hw, modelSpec, pre, run.bench));
            RunRecord.Epochs<ZoRecord.EpochRow> epochs = record.epochs(ZoRecord.EpochRow.class);
            ZoRunResult result;
            long loop0 = System.nanoTime();
            try {
                result = new ZoRun(chip, data.train(), data.test(), config, new OwnershipWatch<>(hw,
                        ZoConsole.progress(progress, epochs, hw.time()), OwnershipWatch.DEFAULT_EVERY)).run();
            } catch (ForeignWriteException e) {
                // detection stopped the run; the reaction: safe state now, record it, exit 1 with the same message
                String safe = StopRecord.safeState(hw);
                record.stopped(StopRecord.of(e, safe));
                throw new ForeignWriteException(e.writes(), e.epoch(), e.step(), "; " + safe + "; run record "
                        + record.dir());
            }
            double loopS = (System.nanoTime() - loop0) / 1e9;
            ZoRecord.Summary summary = ZoRecord.Summary.of(result, config, hw, pretrained.testAccuracy(),
                    ProcessClock.secondsSinceStart(), loopS, chip.coresUsed(), chip.reprograms(), record.dir());
            String line = record.summary(summary);
            ZoConsole.print(summary);
            if (run.json) {
                System.out.println(line);
            }
        }
        return 0;
    }
}
