package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.photonlab.drivers.DriverOptions;
import org.photonlab.drivers.DriverProvider;
import org.photonlab.drivers.link.PipeLink;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.simulator.chip.SimBackendProvider;

/** Bench descriptions and providers the wire tests share. */
final class Benches {
    private Benches() {
    }

    /** {@code bench} with every device's backend replaced. */
    static BenchDescription rebind(BenchDescription bench, Function<DeviceSpec, String> backend) {
        return rewrite(bench, d -> new DeviceSpec(d.name(), d.kind(), backend.apply(d), d.channels(), d.limits(),
                d.resolution(), d.safeVolts(), d.unit(), d.adc(), d.options()));
    }

    /** {@code bench} with {@code extra} options added to every DAC and detector. */
    static BenchDescription withOptions(BenchDescription bench, Map<String, Object> extra) {
        return rewrite(bench, d -> {
            if (d.kind() == DeviceKind.PROJECTOR) {
                return d;
            }
            Map<String, Object> o = new LinkedHashMap<>(d.options());
            o.putAll(extra);
            return new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(), d.resolution(),
                    d.safeVolts(), d.unit(), d.adc(), o);
        });
    }

    private static BenchDescription rewrite(BenchDescription bench, Function<DeviceSpec, DeviceSpec> f) {
        BenchDescription.Builder b = BenchDescription.builder(bench.name());
        bench.devices().values().forEach(d -> b.device(f.apply(d)));
        bench.cores().forEach(b::core);
        b.physics(bench.physics());
        return b.build();
    }

    /** The bench served in process by the chip simulator. */
    static BenchDescription inProcess(BenchDescription bench) {
        // the in-process simulator's DACs and detectors take no options: the served devices' link keys are dropped
        return rewrite(rebind(bench, d -> SimBackendProvider.ID), d -> d.kind() == DeviceKind.PROJECTOR ? d
                : new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(), d.resolution(),
                        d.safeVolts(), d.unit(), d.adc(), Map.of()));
    }

    /** Driver providers whose links are in-JVM pipes into {@code sim}; ids {@code qontrol-pipe}, {@code scpi-pipe}. */
    static List<BackendProvider> pipeProviders(WireSimulator sim) {
        List<BackendProvider> out = new ArrayList<>();
        out.add(new DriverProvider("qontrol-pipe", "qontrol",
                d -> () -> new PipeLink(sim.pipe(d.name())), DriverOptions.tcp(0)) {
        });
        out.add(new DriverProvider("scpi-pipe", "scpi",
                d -> () -> new PipeLink(sim.pipe(d.name())), DriverOptions.tcp(0)) {
        });
        return out;
    }

    /** A client bench of {@code sim} whose drivers use in-JVM pipes. */
    static BenchDescription pipeClient(WireSimulator sim) {
        BenchDescription tcp = ClientBench.of(sim, ClientBench.Transport.TCP, Map.of());
        return rebind(tcp, d -> d.backend().replace("-tcp", "-pipe"));
    }
}
