package org.photonlab.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.detect.DetectorReading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code photonlab pd read --bench FILE --device NAME [--channel N]}: read photodetector channels, with the device
 * opened as a {@link Bench} in {@link OpenMode#OBSERVE}.
 */
@Command(name = "pd", mixinStandardHelpOptions = true, description = "Read photodetectors by hand.",
        subcommands = {PdCommand.Read.class})
public final class PdCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: expected 'pd read'");
    }

    /** Reads one channel or all. */
    @Command(name = "read", mixinStandardHelpOptions = true, description = "Read one channel, or all.")
    static final class Read implements Callable<Integer> {
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
            DeviceSpec d = bench.device(device);
            if (d.kind() != DeviceKind.DETECTOR) {
                throw new BenchConfigException("device '" + device + "' is a " + d.kind().yamlName()
                        + ", not a detector");
            }
            try (Bench b = OperatorBench.open(bench, d.name(), OpenMode.OBSERVE)) {
                DetectorArray pd = b.detector(d.name());
                int[] chs;
                if (channel != null) {
                    chs = new int[] {channel};
                } else {
                    chs = new int[d.channels()];
                    for (int i = 0; i < chs.length; i++) {
                        chs[i] = i;
                    }
                }
                DetectorReading r = pd.read(chs);
                PrintWriter out = spec.commandLine().getOut();
                for (int i = 0; i < chs.length; i++) {
                    out.printf("%s[%d] = %s (%s)%s%n", d.name(), chs[i], r.value(i), d.unit(),
                            r.overRange(i) ? " OVER RANGE" : "");
                }
                out.flush();
            }
            return 0;
        }
    }
}
