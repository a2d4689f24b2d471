package org.photonlab.hal.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.photonlab.hal.BackendNotFoundException;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.core.SvdCore;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.dac.DefaultDacBank;
import org.photonlab.hal.detect.DefaultDetectorArray;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.PassiveHeaterControl;
import org.photonlab.hal.time.BenchClock;

/**
 * An open bench: owns every device it opened and closes them all, leaving every DAC channel in its safe state.
 * Backends are bound by the id each device names in the description (never silently); providers are found with
 * {@link ServiceLoader}.
 */
public final class Bench implements AutoCloseable {
    private final BenchDescription description;
    private final Map<String, BackendProvider> providers;
    private final List<Backend> backends = new ArrayList<>();
    private final Map<String, Backend> backendOfDevice = new LinkedHashMap<>();
    private final Map<String, DacBank> dacs = new LinkedHashMap<>();
    private final Map<String, DetectorArray> detectors = new LinkedHashMap<>();
    private final Map<String, PhotonicCore> cores = new LinkedHashMap<>();
    private boolean closed;

    private Bench(BenchDescription description, Map<String, BackendProvider> providers) {
        this.description = description;
        this.providers = providers;
    }

    /** Opens a bench with the backends on the class path. */
    public static Bench open(BenchDescription description) {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class).forEach(found::add);
        return open(description, found);
    }

    /** Opens a bench with the given backend providers. If any device fails to open, everything opened is closed. */
    public static Bench open(BenchDescription description, Iterable<BackendProvider> available) {
        Map<String, BackendProvider> byId = new LinkedHashMap<>();
        for (BackendProvider p : available) {
            byId.putIfAbsent(p.id(), p);
        }
        Bench bench = new Bench(description, byId);
        try {
            bench.openAll();
        } catch (RuntimeException e) {
            bench.close();
            throw e;
        }
        return bench;
    }

    private void openAll() {
        Map<String, List<DeviceSpec>> byBackend = new LinkedHashMap<>();
        for (DeviceSpec d : description.devices().values()) {
            if (!providers.containsKey(d.backend())) {
                throw new BackendNotFoundException(d.backend(), new TreeSet<>(providers.keySet()));
            }
            byBackend.computeIfAbsent(d.backend(), x -> new ArrayList<>()).add(d);
        }
        for (Map.Entry<String, List<DeviceSpec>> e : byBackend.entrySet()) {
            Backend backend = providers.get(e.getKey()).open(description, e.getValue());
            backends.add(backend);
            for (DeviceSpec d : e.getValue()) {
                backendOfDevice.put(d.name(), backend);
                switch (d.kind()) {
                    case DAC -> {
                        DacDevice dev = backend.dac(d.name()).orElseThrow(() -> missing(d));
                        DefaultDacBank bank = new DefaultDacBank(d, dev);
                        dacs.put(d.name(), bank);
                        bank.safeState();
                    }
                    case DETECTOR -> {
                        DetectorDevice dev = backend.detector(d.name()).orElseThrow(() -> missing(d));
                        detectors.put(d.name(), new DefaultDetectorArray(d, dev));
                    }
                    case PROJECTOR -> {
                        // projectors are opened on demand through their own HAL interface
                    }
                }
            }
        }
        for (CoreSpec c : description.cores()) {
            Backend b = backendOfDevice.get(c.detector());
            BatchCoreTransform fast = null;
            PassiveHeaterControl passive = null;
            boolean sameBackend = b == backendOfDevice.get(c.dac()) && b == backendOfDevice.get(c.sigmaDac())
                    && b == backendOfDevice.get(c.inputDac());
            if (sameBackend) {
                fast = b.capability(BatchCoreTransform.class).orElse(null);
            }
            if (b == backendOfDevice.get(c.dac())) {
                passive = b.capability(PassiveHeaterControl.class).orElse(null);
            }
            // a backend that keeps virtual bench time lets settle waits advance it instead of sleeping
            BenchClock clock = b.capability(BenchClock.class).orElse(BenchClock.system());
            cores.put(c.name(), new SvdCore(c, dacs.get(c.dac()), dacs.get(c.sigmaDac()),
                    dacs.get(c.inputDac()), detectors.get(c.detector()), fast, passive, clock));
        }
    }

    private static LabException missing(DeviceSpec d) {
        return new BenchConfigException("backend '" + d.backend() + "' did not open " + d.kind().yamlName()
                + " device '" + d.name() + "'");
    }

    public BenchDescription description() {
        return description;
    }

    /** The DAC bank of that name. */
    public DacBank dac(String name) {
        DacBank b = dacs.get(name);
        if (b == null) {
            throw new BenchConfigException("bench '" + description.name() + "' has no DAC device '" + name
                    + "'; DAC devices: " + dacs.keySet());
        }
        return b;
    }

    /** The detector array of that name. */
    public DetectorArray detector(String name) {
        DetectorArray d = detectors.get(name);
        if (d == null) {
            throw new BenchConfigException("bench '" + description.name() + "' has no detector '" + name
                    + "'; detectors: " + detectors.keySet());
        }
        return d;
    }

    /** The core of that name. */
    public PhotonicCore core(String name) {
        PhotonicCore c = cores.get(name);
        if (c == null) {
            throw new BenchConfigException("bench '" + description.name() + "' has no core '" + name + "'");
        }
        return c;
    }

    /** Every core, in declaration order. */
    public List<PhotonicCore> cores() {
        return List.copyOf(cores.values());
    }

    public Map<String, DacBank> dacs() {
        return Map.copyOf(dacs);
    }

    public Map<String, DetectorArray> detectors() {
        return Map.copyOf(detectors);
    }

    /** The backend serving a device (for backend-specific capabilities such as a projector). */
    public Backend backendOf(String device) {
        Backend b = backendOfDevice.get(device);
        if (b == null) {
            throw new BenchConfigException("bench '" + description.name() + "' has no device '" + device + "'");
        }
        return b;
    }

    /** Device name → backend id. */
    public Map<String, String> backendIds() {
        Map<String, String> out = new LinkedHashMap<>();
        description.devices().values().forEach(d -> out.put(d.name(), d.backend()));
        return out;
    }

    /** True when any device of the bench is served by a simulated backend. */
    public boolean isSimulated() {
        for (DeviceSpec d : description.devices().values()) {
            BackendProvider p = providers.get(d.backend());
            if (p != null && p.isSimulated()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every core's readings are exactly repeatable for the same state (no detector noise). */
    public boolean deterministicReadout() {
        for (Backend b : backends) {
            if (!b.deterministicReadout()) {
                return false;
            }
        }
        return true;
    }

    /** Puts every DAC channel in its safe state without closing. */
    public synchronized void safeState() {
        for (DacBank b : dacs.values()) {
            b.safeState();
        }
    }

    /**
     * Puts every DAC channel in its safe state and closes every device and backend. Idempotent; tries every device
     * even if one fails, then rethrows the first failure.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (DacBank b : dacs.values()) {
            try {
                b.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        for (DetectorArray d : detectors.values()) {
            try {
                d.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        for (Backend b : backends) {
            try {
                b.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
