package org.photonlab.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.photonlab.app.dfa.ProjectorServeSupport;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.app.run.AtomicFiles;
import org.photonlab.benchfile.BenchYaml;
import org.photonlab.benchfile.BenchYamlWriter;
import org.photonlab.simulator.wire.ClientBench;
import org.photonlab.simulator.net.Exposure;
import org.photonlab.simulator.opu.server.SlmsuiteServer;
import org.photonlab.simulator.wire.DemoBench;
import org.photonlab.simulator.wire.Endpoint;
import org.photonlab.simulator.wire.WireOptions;
import org.photonlab.simulator.wire.WireSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code photonlab sim serve [--bench FILE] [--pty] [--bind ADDR --allow IP,...]}: serves every DAC device of the
 * bench as a chain of Qontrol modules and every detector as a SCPI power meter, with the chip simulator behind them,
 * plus the simulated projector over slmsuite's remote protocol. Prints one line per endpoint (device, protocol, TCP
 * address, pty path) and runs until interrupted. Loopback only by default; every server takes the same
 * {@code --bind} and {@code --allow}, and a non-loopback bind without {@code --allow} is refused.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a bench's devices over their instrument protocols (TCP, and ptys with --pty), with "
                + "the chip simulator behind them; runs until interrupted.")
public final class SimServeCommand implements Callable<Integer> {
    @Option(names = "--bench", paramLabel = "FILE", description = "Bench description; the built-in 8x8 demo bench "
            + "when omitted.")
    Path benchFile;

    @Option(names = "--pty", description = "Also serve every device on a serial pseudo-terminal (needs socat).")
    boolean pty;

    @Option(names = "--pty-dir", paramLabel = "DIR", description = "Where the pty links are created (default: a "
            + "new temporary directory).")
    Path ptyDir;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address every server binds (default ${DEFAULT-VALUE}); any other address needs --allow.")
    String bind;

    @Option(names = "--no-projector", description = "Do not serve the simulated projector.")
    boolean noProjector;

    @Option(names = "--projector-port", defaultValue = "5150", paramLabel = "PORT")
    int projectorPort;

    @Option(names = "--projector-modulation", defaultValue = "dmd", paramLabel = "dmd|phase")
    String projectorModulation;

    @Option(names = "--allow", split = ",", paramLabel = "IP",
            description = "Client IP addresses every server accepts (others are closed at once); required with a "
                    + "non-loopback --bind, since the protocols have no authentication.")
    List<String> allow = List.of();

    @Option(names = "--client-bench", paramLabel = "FILE", description = "Write the bench file a host uses to reach "
            + "these servers (Qontrol and SCPI drivers, addresses, identities) to FILE, e.g. for 'train zo --bench'.")
    Path clientBench;

    @Option(names = "--client-transport", defaultValue = "tcp", paramLabel = "tcp|pty|pty-jssc",
            description = "Transport of the --client-bench file (default: ${DEFAULT-VALUE}; pty needs --pty).")
    String clientTransport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Exposure exposure;
        try {
            exposure = new Exposure(bind, new LinkedHashSet<>(allow));
            // refused before anything is bound or loaded: the heater DACs must never be exposed unguarded
            exposure.requireSafe(noProjector ? "the heater DACs and detectors"
                    : "the heater DACs, detectors and projector");
        } catch (LabException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchDescription bench = benchFile == null ? DemoBench.description() : BenchYaml.load(benchFile);
        Path dir = null;
        if (pty) {
            try {
                dir = ptyDir != null ? Files.createDirectories(ptyDir) : Files.createTempDirectory("photonlab-pty");
            } catch (IOException e) {
                throw new LabException("cannot create the pty directory: " + e.getMessage());
            }
        }
        ClientBench.Transport transport = switch (clientTransport) {
            case "tcp" -> ClientBench.Transport.TCP;
            case "pty" -> ClientBench.Transport.PTY_JSERIALCOMM;
            case "pty-jssc" -> ClientBench.Transport.PTY_JSSC;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "unknown --client-transport '"
                    + clientTransport + "'; expected one of tcp, pty, pty-jssc");
        };
        if (transport != ClientBench.Transport.TCP && !pty) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--client-transport " + clientTransport + " needs --pty");
        }
        CountDownLatch stop = new CountDownLatch(1);
        exposure.warning(noProjector ? "the heater DACs and detectors" : "the heater DACs, detectors and projector")
                .ifPresent(w -> {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println("photonlab: " + w);
                    err.flush();
                });
        WireSimulator sim = WireSimulator.start(bench, new WireOptions(exposure, false, dir));
        SlmsuiteServer projector = null;
        try {
            PrintWriter out = spec.commandLine().getOut();
            for (Endpoint e : sim.endpoints()) {
                out.println(e.describe(sim.ptsPath(e.device())) + exposure.describe());
            }
            if (clientBench != null) {
                writeClientBench(sim, transport);
                out.println("client bench file: " + clientBench.toAbsolutePath());
            }
            if (!noProjector) {
                long seed = bench.physics().get("seed") instanceof Number n ? n.longValue() : 1L;
                projector = ProjectorServeSupport.start(bind, projectorPort, exposure.allowlist(), seed,
                        projectorModulation);
                out.println(projector.endpointLine());
            }
            out.println("serving bench '" + bench.name() + "'; Ctrl-C to stop");
            out.flush();
            SlmsuiteServer p = projector;
            Thread hook = new Thread(() -> {
                if (p != null) {
                    p.close();
                }
                sim.close();
                stop.countDown();
            }, "photonlab-sim-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
            return 0;
        } catch (RuntimeException | InterruptedException e) {
            if (projector != null) {
                projector.close();
            }
            sim.close();
            throw e;
        }
    }

    private void writeClientBench(WireSimulator sim, ClientBench.Transport transport) {
        String yaml = "# Bench file for a host of the wire-level simulator started by 'photonlab sim serve'.\n"
                + BenchYamlWriter.write(ClientBench.of(sim, transport, java.util.Map.of()));
        try {
            AtomicFiles.write(clientBench, yaml);
        } catch (IOException e) {
            throw new LabException("cannot write --client-bench " + clientBench + ": " + e.getMessage());
        }
    }
}
