package org.photonlab.simulator.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;

/**
 * The bench a host uses to reach a running {@link WireSimulator}: the same devices and cores, each bound to the
 * driver backend of the protocol it is served with ({@code <protocol>-tcp}, or {@code <protocol>-serial} over the
 * simulator's ptys). The options each {@link WireProtocol} asks for are filled in (identities, so the drivers check
 * them; for SCPI whether readout is deterministic).
 */
public final class ClientBench {
    /** How a host reaches the devices. */
    public enum Transport {
        TCP, PTY_JSERIALCOMM, PTY_JSSC
    }

    private ClientBench() {
    }

    /** The client description; {@code extra} options are added to every device (e.g. {@code timeout_ms}). */
    public static BenchDescription of(WireSimulator sim, Transport transport, Map<String, Object> extra) {
        BenchDescription src = sim.bench();
        BenchDescription.Builder b = BenchDescription.builder(src.name());
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        for (Endpoint e : sim.endpoints()) {
            endpoints.put(e.device(), e);
        }
        for (DeviceSpec d : src.devices().values()) {
            Endpoint e = endpoints.get(d.name());
            if (e == null) {
                b.device(d);
                continue;
            }
            Map<String, Object> o = new LinkedHashMap<>(d.options());
            o.keySet().removeIf(k -> k.startsWith("sim_"));
            o.putAll(extra);
            String protocol = e.protocol();
            if (transport == Transport.TCP) {
                o.put("host", e.tcp().getHostString());
                o.put("port", e.tcp().getPort());
                o.keySet().removeAll(java.util.List.of("path", "baud", "serial_library"));
            } else {
                if (e.pty() == null) {
                    throw new IllegalStateException("the wire simulator was started without ptys");
                }
                o.put("path", e.pty().toString());
                o.put("serial_library", transport == Transport.PTY_JSSC ? "jssc" : "jserialcomm");
                o.keySet().removeAll(java.util.List.of("host", "port", "connect_timeout_ms"));
            }
            o.putAll(sim.clientOptions(d.name()));
            String backend = protocol + (transport == Transport.TCP ? "-tcp" : "-serial");
            // the timing stays: the simulator stands for the served device, its link included
            b.device(d.withOptions(backend, o));
        }
        src.cores().forEach(b::core);
        src.meshes().forEach(b::mesh);
        b.physics(src.physics());
        if (src.hasPowerBudget()) {
            b.powerBudget(src.powerBudgetWatts());
        }
        return b.build();
    }
}
