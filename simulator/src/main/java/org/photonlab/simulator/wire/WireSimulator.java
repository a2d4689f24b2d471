package org.photonlab.simulator.wire;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.photonlab.hal.BackendNotFoundException;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * Serves every DAC and detector device of a bench over its real instrument protocol, with the chip physics behind
 * it: DAC devices as chains of Qontrol modules, detectors as SCPI power meters, on TCP and optionally on socat
 * ptys. The physics is one {@link Backend} opened for all devices at once (normally the in-process chip simulator,
 * backend id {@code sim}), so setpoints written over the wire set the phases and readings are the chip's outputs.
 *
 * <p>Per-device bench options the simulator reads: {@code port} (TCP port; defaults 10001, 10002, … for DAC
 * devices and 5025, 5026, … for detectors), {@code identity}, {@code sim_ifull_ma} (24), {@code sim_heater_ohm}
 * (default the limits' load_ohm), {@code sim_vfull} (default the DAC full scale, or the largest limit for an analog
 * channel), {@code sim_watchdog_s}, and the fault options of {@link FaultPlan}.
 */
public final class WireSimulator implements AutoCloseable {
    /** The Qontrol firmware version the modules report. */
    public static final String FIRMWARE = "2.4.1";

    private final BenchDescription bench;
    private final Backend physics;
    private final EventLoopGroup group;
    private final ScheduledExecutorService scheduler;
    private final Map<String, WireDevice> devices = new LinkedHashMap<>();
    private final Map<String, QontrolChain> chains = new LinkedHashMap<>();
    private final Map<String, WireServer> servers = new LinkedHashMap<>();
    private final Map<String, PtyBridge> ptys = new LinkedHashMap<>();
    private final List<Watchdog> watchdogs = new ArrayList<>();

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
        List<String> ids = new ArrayList<>();
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            ids.add(p.id());
            if (p.id().equals("sim")) {
                return p.open(bench, served(bench));
            }
        }
        throw new BackendNotFoundException("sim", new java.util.TreeSet<>(ids));
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
        int dacIndex = 0;
        int detIndex = 0;
        for (DeviceSpec d : served(bench)) {
            WireDevice device;
            int defaultPort;
            if (d.kind() == DeviceKind.DAC) {
                DacDevice dac = physics.dac(d.name()).orElseThrow(() -> missing(d));
                QontrolChain chain = chain(d, dac, dacIndex);
                chains.put(d.name(), chain);
                device = new WireDevice(d.name(), "qontrol", new QontrolProtocol(chain, FIRMWARE),
                        FaultPlan.fromOptions(d.name(), d.options()));
                Object wd = d.options().get("sim_watchdog_s");
                if (wd != null) {
                    if (!(wd instanceof Number n) || n.doubleValue() <= 0) {
                        throw new BenchConfigException("device '" + d.name()
                                + "': options.sim_watchdog_s must be a positive number, got '" + wd + "'");
                    }
                    watchdogs.add(new Watchdog(device, chain, n.doubleValue(), scheduler));
                }
                defaultPort = 10001 + dacIndex++;
            } else {
                DetectorDevice det = physics.detector(d.name()).orElseThrow(() -> missing(d));
                String id = d.option("identity", String.format("PHOTONLAB,PM%d,%04d,1.0", d.channels(),
                        detIndex + 1));
                device = new WireDevice(d.name(), "scpi", new ScpiPowerMeter(id, det, d.adc().range()),
                        FaultPlan.fromOptions(d.name(), d.options()));
                defaultPort = 5025 + detIndex++;
            }
            // load and warm the protocol code now, so that a client's first request does not wait for it
            device.protocol().handle(d.kind() == DeviceKind.DAC ? "id?" : "*IDN?");
            devices.put(d.name(), device);
            int port = options.ephemeralPorts() ? 0 : portOption(d, defaultPort);
            WireServer server = new WireServer(device, group, options.bindHost(), port);
            servers.put(d.name(), server);
            if (options.ptyDir() != null) {
                ptys.put(d.name(), new PtyBridge(d.name(), options.ptyDir().resolve("tty-" + d.name()),
                        server.address().getPort()));
            }
        }
    }

    private QontrolChain chain(DeviceSpec d, DacDevice dac, int index) {
        String identity = d.option("identity", String.format("Q8iv-%04X", 0x01A0 + 0x10 * index));
        if (!identity.matches("\\w+\\d\\w*-[0-9a-fA-F]+")) {
            throw new BenchConfigException("device '" + d.name() + "': options.identity must look like "
                    + "'Q8iv-01A0' (type, dash, hex serial), got '" + identity + "'");
        }
        DacResolution res = d.resolution();
        double vfull = number(d, "sim_vfull", res.isAnalog()
                ? Math.max(Math.abs(d.limits().minVolts()), Math.abs(d.limits().maxVolts())) : res.fullScaleVolts());
        DacResolution law = new DacResolution(res.bits(), res.isAnalog() ? vfull : res.fullScaleVolts(),
                res.transfer());
        double ohm = number(d, "sim_heater_ohm", d.limits().loadOhms());
        boolean bipolar = Boolean.parseBoolean(d.option("bipolar", "false")) || d.limits().minVolts() < 0;
        return new QontrolChain(identity, d.channels(), law, vfull, number(d, "sim_ifull_ma", 24.0), ohm, bipolar,
                dac);
    }

    private static double number(DeviceSpec d, String key, double fallback) {
        Object v = d.options().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new BenchConfigException("device '" + d.name() + "': options." + key + " must be a number, got '"
                + v + "'");
    }

    private static int portOption(DeviceSpec d, int fallback) {
        Object v = d.options().get("port");
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new BenchConfigException("device '" + d.name() + "': options.port must be an integer, got '" + v
                + "'");
    }

    private static BenchConfigException missing(DeviceSpec d) {
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
        QontrolChain c = chains.get(name);
        if (c == null) {
            throw new BenchConfigException("the wire simulator has no DAC device '" + name + "'");
        }
        return c;
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
        watchdogs.forEach(Watchdog::close);
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
