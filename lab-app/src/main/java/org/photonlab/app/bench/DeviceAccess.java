package org.photonlab.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Opens one device with the backend its description names. */
    static Backend open(BenchDescription bench, DeviceSpec device) {
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
