package org.photonlab.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.photonlab.hal.BackendNotFoundException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.BenchYaml;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;

/**
 * Opens single devices of a bench file for the operator commands. Unlike {@link org.photonlab.hal.bench.Bench},
 * which drives every DAC to its safe state on open and on close, this touches nothing but what the command asks
 * for, so {@code bench check} and {@code dac get} observe a bench without changing it and {@code dac set} leaves
 * the value it set.
 */
final class DeviceAccess {
    private DeviceAccess() {
    }

    static BenchDescription load(Path file) {
        return BenchYaml.load(file);
    }

    /**
     * Opens one device with the backend its description names. An operator waiting at a prompt should hear about an
     * unreachable device in seconds, so the reconnect budget is 2 s unless the bench file sets {@code reconnect_s}.
     */
    static Backend open(BenchDescription bench, DeviceSpec given) {
        DeviceSpec device = given;
        if (!given.options().containsKey("reconnect_s")) {
            Map<String, Object> o = new LinkedHashMap<>(given.options());
            o.put("reconnect_s", 2);
            device = new DeviceSpec(given.name(), given.kind(), given.backend(), given.channels(), given.limits(),
                    given.resolution(), given.safeVolts(), given.unit(), given.adc(), o);
        }
        List<String> ids = new ArrayList<>();
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            ids.add(p.id());
            if (p.id().equals(device.backend())) {
                return p.open(bench, List.of(device));
            }
        }
        throw new BackendNotFoundException(device.backend(), new TreeSet<>(ids));
    }
}
