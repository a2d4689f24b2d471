package org.photonlab.simulator.wire;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.ProviderRegistry;

/**
 * Serves every DAC and detector device of a bench over its real instrument protocol, with the chip physics behind
 * it, on TCP and optionally on socat ptys. The protocol of each device is a {@link WireProtocol} found by id (option
 * {@code sim_protocol}; by default DAC devices are chains of Qontrol modules, detectors SCPI power meters). The physics is one {@link Backend} opened for all devices at once (normally the in-process chip simulator,
 * backend id {@code sim}), so setpoints written over the wire set the phases and readings are the chip's outputs.
 *
 * <p>Per-device bench options the simulator reads: {@code sim_protocol}, {@code port} (TCP port; default the
 * protocol's: 10001, 10002, … for Qontrol devices and 5025, 5026, … for SCPI ones), the fault options of
 * {@link FaultPlan}, and the protocol's own options ({@link QontrolWireProtocol}, {@link ScpiWireProtocol}).
 */
public final class WireSimulator implements AutoCloseable {
    /** The Qontrol firmware version the modules report. */
    public static final String FIRMWARE = "2.4.1";

    private final BenchDescription bench;
    private final Backend physics;
    private final EventLoopGroup group;
    private final ScheduledExecutorService scheduler;
    private final Map<String, WireDevice> devices = new LinkedHashMap<>();
    private final Map<String, ServedDevice> served = new LinkedHashMap<>();
    private final Map<String, WireServer> servers = new LinkedHashMap<>();
    private final Map<String, PtyBridge> ptys = new LinkedHashMap<>();

    private WireSimulator(BenchDescription bench, Backend physics) {
        this.bench = bench;
        this.physics = physics;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("photonlab-wire", true),
                NioIoHandler.newFactory());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "photonlab-wire-timers");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the chip simulator ({@code sim} backend) for every device of {@code bench} and serves them. */
    public static WireSimulator start(BenchDescription bench, WireOptions options) {
        return start(bench, openChipSimulator(bench), options);
    }

    /** Serves {@code bench} with {@code physics} behind the wire; the simulator closes {@code physics}. */
    public static WireSimulator start(BenchDescription bench, Backend physics, WireOptions options) {
        WireSimulator sim = new WireSimulator(bench, physics);
        try {
            sim.serve(options);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
        return sim;
    }

    /** Opens backend {@code sim} (the in-process chip model) for every DAC and detector of the bench. */
    public static Backend openChipSimulator(BenchDescription bench) {
        return ProviderRegistry.backends().get("sim").open(bench, served(bench));
    }

    /** The devices the wire simulator serves: every DAC and detector. */
    public static List<DeviceSpec> served(BenchDescription bench) {
        List<DeviceSpec> out = new ArrayList<>();
        for (DeviceSpec d : bench.devices().values()) {
            if (d.kind() == DeviceKind.DAC || d.kind() == DeviceKind.DETECTOR) {
                out.add(d);
            }
        }
        return out;
    }

    private void serve(WireOptions options) {
        options.exposure().requireSafe("the heater DACs and detectors");
        Map<String, Integer> indexOfProtocol = new LinkedHashMap<>();
        for (DeviceSpec d : served(bench)) {
            WireProtocol protocol = WireProtocols.of(d);
            int index = indexOfProtocol.merge(protocol.id(), 1, Integer::sum) - 1;
            ServedDevice served = protocol.serve(d, index, physics, scheduler);
            this.served.put(d.name(), served);
            WireDevice device = served.device();
            device.protocol().handle(served.warmUpLine());
            devices.put(d.name(), device);
            int port = options.ephemeralPorts() ? 0 : (int) WireDeviceOptions.read(d).integer("port",
                    protocol.defaultPort(index));
            WireServer server = new WireServer(device, group, options.exposure(), port);
            servers.put(d.name(), server);
            if (options.ptyDir() != null) {
                ptys.put(d.name(), new PtyBridge(d.name(), options.ptyDir().resolve("tty-" + d.name()),
                        server.address().getPort()));
            }
        }
    }

    static BenchConfigException missing(DeviceSpec d) {
        return new BenchConfigException("the chip simulator did not open " + d.kind().yamlName() + " device '"
                + d.name() + "'");
    }

    /** Every endpoint, in bench order. */
    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<String, WireServer> e : servers.entrySet()) {
            PtyBridge pty = ptys.get(e.getKey());
            out.add(new Endpoint(e.getKey(), e.getValue().device().protocolName(), e.getValue().address(),
                    pty == null ? null : pty.path()));
        }
        return out;
    }

    /** The {@code /dev/pts/N} currently behind a device's pty link, or null. */
    public String ptsPath(String device) {
        PtyBridge p = ptys.get(device);
        return p == null ? null : p.ptsPath();
    }

    /** The served device of that name. */
    public WireDevice device(String name) {
        WireDevice d = devices.get(name);
        if (d == null) {
            throw new BenchConfigException("the wire simulator serves no device '" + name + "'; it serves "
                    + devices.keySet());
        }
        return d;
    }

    /** The module chain behind a DAC device (for tests and the operator). */
    public QontrolChain chain(String name) {
        WireDevice d = devices.get(name);
        if (d == null || !(d.protocol() instanceof QontrolProtocol q)) {
            throw new BenchConfigException("the wire simulator serves no Qontrol DAC device '" + name + "'");
        }
        return q.chain();
    }

    /** The bench options a client needs to reach a served device (identity and the like). */
    public Map<String, Object> clientOptions(String name) {
        device(name);
        return served.get(name).clientOptions();
    }

    /** An in-JVM pipe to a device, for drivers without any socket. */
    public PipeEndpoint pipe(String name) {
        return new PipeEndpoint(device(name), scheduler);
    }

    /** The physics behind the wire. */
    public Backend physics() {
        return physics;
    }

    public BenchDescription bench() {
        return bench;
    }

    @Override
    public void close() {
        served.values().forEach(d -> d.stop().run());
        ptys.values().forEach(PtyBridge::close);
        servers.values().forEach(WireServer::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        physics.close();
    }
}
