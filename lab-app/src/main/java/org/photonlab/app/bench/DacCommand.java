package org.photonlab.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.dac.DacBank;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code photonlab dac set|get}: manual DAC work on one channel of a bench. {@code set} opens the device as a
 * {@link Bench} in {@link OpenMode#MANUAL}, so the bench limits and the DAC rounding apply exactly as in training
 * but nothing is zeroed on open or close: the channel keeps its value after the command (a manual setting is the
 * point), and {@code dac set … 0} or any training run's close returns it to the safe state. {@code get} opens it in
 * {@link OpenMode#OBSERVE} and writes nothing.
 */
@Command(name = "dac", mixinStandardHelpOptions = true, description = "Set or read DAC channels by hand.",
        subcommands = {DacCommand.Set.class, DacCommand.Get.class})
public final class DacCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: expected 'dac set' or "
                + "'dac get'");
    }

    static DeviceSpec dacSpec(BenchDescription bench, String device) {
        DeviceSpec d = bench.device(device);
        if (d.kind() != DeviceKind.DAC) {
            throw new BenchConfigException("device '" + device + "' is a " + d.kind().yamlName() + ", not a dac");
        }
        return d;
    }

    /** {@code dac set --bench FILE --device NAME --channel N VOLTS}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Set one channel (limits enforced, rounded to the DAC code); prints the value applied.")
    static final class Set implements Callable<Integer> {
        @Option(names = "--bench", required = true, paramLabel = "FILE")
        Path benchFile;
        @Option(names = "--device", required = true)
        String device;
        @Option(names = "--channel", required = true)
        int channel;
        @Parameters(paramLabel = "VOLTS", converter = VoltsConverter.class,
                description = "Requested output, V: a plain decimal number such as 1.25, -0.5 or 2.5e-3.")
        double volts;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BenchDescription bench = OperatorBench.load(benchFile);
            DeviceSpec d = dacSpec(bench, device);
            try (Bench b = OperatorBench.open(bench, d.name(), OpenMode.MANUAL)) {
                DacBank bank = b.dac(d.name());
                double applied = bank.set(channel, volts);
                double back = bank.read(channel);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s[%d] = %s V (requested %s V, read back %s V)%n", d.name(), channel, applied, volts, back);
                out.flush();
            }
            return 0;
        }
    }

    /** {@code dac get --bench FILE --device NAME [--channel N]}. */
    @Command(name = "get", mixinStandardHelpOptions = true, description = "Read back setpoints.")
    static final class Get implements Callable<Integer> {
        @Option(names = "--bench", required = true, paramLabel = "FILE")
        Path benchFile;
        @Option(names = "--device", required = true)
        String device;
        @Option(names = "--channel", description = "One channel; all when omitted.")
        Integer channel;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            BenchDescription bench = OperatorBench.load(benchFile);
            DeviceSpec d = dacSpec(bench, device);
            try (Bench b = OperatorBench.open(bench, d.name(), OpenMode.OBSERVE)) {
                DacBank bank = b.dac(d.name());
                PrintWriter out = spec.commandLine().getOut();
                if (channel != null) {
                    out.printf("%s[%d] = %s V%n", d.name(), channel, bank.read(channel));
                } else {
                    double[] all = bank.readAll();
                    for (int i = 0; i < all.length; i++) {
                        out.printf("%s[%d] = %s V%n", d.name(), i, all[i]);
                    }
                }
                out.flush();
            }
            return 0;
        }
    }
}
