package org.photonlab.hal.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.SafeStateException;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.core.SvdCore;
import org.photonlab.hal.unitary.UnitaryMeshCore;
import org.photonlab.hal.unitary.UnitaryMeshSpec;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.dac.DefaultDacBank;
import org.photonlab.hal.dac.DeviceLimitPush;
import org.photonlab.hal.dac.PowerBudget;
import org.photonlab.hal.detect.DefaultDetectorArray;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.lease.Access;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.PassiveHeaterControl;
import org.photonlab.hal.spi.ProjectorBackend;
import org.photonlab.hal.spi.ProviderRegistry;
import org.photonlab.hal.time.BenchClock;
import org.photonlab.hal.time.BenchTime;
import org.photonlab.hal.spi.LinkTimeCounter;
import java.util.Optional;

/**
 * An open bench: owns every device it opened and closes them all. Backends are bound by the id each device names in
 * the description (never silently), through {@link ProviderRegistry#backends()} unless the caller gives its own
 * providers. What opening and closing do to the DAC channels is the bench's {@link OpenMode}: by default
 * ({@link OpenMode#CONTROL}) every channel is put in its safe state on open and on close.
 *
 * <p>Thread-safety: {@link #safeState()} and {@link #close()} may be called from any thread (a shutdown hook); the
 * devices themselves follow their own interfaces' rules.
 */
public final class Bench implements AutoCloseable {
    private final BenchDescription description;
    private final ProviderRegistry<BackendProvider> providers;
    private final OpenMode mode;
    private final List<Backend> backends = new ArrayList<>();
    private final Map<String, Backend> backendOfDevice = new LinkedHashMap<>();
    private final Map<String, DacBank> dacs = new LinkedHashMap<>();
    private final Map<String, DetectorArray> detectors = new LinkedHashMap<>();
    private final Map<String, RandomProjector> projectors = new LinkedHashMap<>();
    private final Map<String, PhotonicCore> cores = new LinkedHashMap<>();
    private final Map<String, TimedDevices.Dac> timedDacs = new LinkedHashMap<>();
    private final Map<String, TimedDevices.Detector> timedDetectors = new LinkedHashMap<>();
    private BenchTime time = new BenchTime(BenchClock.system());
    private boolean closed;

    private Bench(BenchDescription description, ProviderRegistry<BackendProvider> providers, OpenMode mode) {
        this.description = description;
        this.providers = providers;
        this.mode = mode;
    }

    /** Opens every device of a bench in {@link OpenMode#CONTROL} with the backends on the class path. */
    public static Bench open(BenchDescription description) {
        return with(description).open();
    }

    /** Opens every device in {@link OpenMode#CONTROL} with the given backend providers. */
    public static Bench open(BenchDescription description, Iterable<BackendProvider> available) {
        return with(description).providers(available).open();
    }

    /** Starts describing how to open {@code description}: by default every device, in control mode. */
    public static Opener with(BenchDescription description) {
        return new Opener(description);
    }

    /** How to open a bench: mode, which devices, which providers. Not thread-safe; use once. */
    public static final class Opener {
        private final BenchDescription description;
        private OpenMode mode = OpenMode.CONTROL;
        private Set<String> only;
        private ProviderRegistry<BackendProvider> providers;
        private LeaseHolder holder;

        private Opener(BenchDescription description) {
            this.description = description;
        }

        /** What opening and closing do to the DAC channels; default {@link OpenMode#CONTROL}. */
        public Opener mode(OpenMode m) {
            this.mode = m;
            return this;
        }

        /**
         * Opens only these devices (each must be in the description); a core is available only when all its
         * devices are opened. Default: every device.
         */
        public Opener only(Collection<String> deviceNames) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : deviceNames) {
                names.add(description.device(n).name());
            }
            this.only = names;
            return this;
        }

        /**
         * Binds with these providers instead of the ones on the class path.
         *
         * @throws org.photonlab.hal.DuplicateProviderException if two of them claim the same id
         */
        public Opener providers(Iterable<BackendProvider> available) {
            this.providers = ProviderRegistry.of("backend", available);
            return this;
        }

        /**
         * Who the write leases are taken for, in a mode that writes; default {@link LeaseHolder#thisProcess()} at
         * {@link #open()}.
         */
        public Opener leaseHolder(LeaseHolder h) {
            this.holder = h;
            return this;
        }

        /**
         * Opens the bench. In a mode that writes, every device is opened as its one writer
         * ({@link Access#writer}): a device whose write lease someone else holds is refused with
         * {@link org.photonlab.hal.lease.LeaseRefusedException} naming the holder, before anything is written. In
         * {@link OpenMode#OBSERVE} no lease is taken. If any device fails to open, everything opened so far is closed (as the mode says) and
         * the failure is rethrown.
         *
         * @throws org.photonlab.hal.ProviderNotFoundException if a device names a backend that is not available
         */
        public Bench open() {
            Bench bench = new Bench(description, providers == null ? ProviderRegistry.backends() : providers, mode);
            try {
                bench.openAll(only, mode.allowsWrites()
                        ? Access.writer(holder == null ? LeaseHolder.thisProcess() : holder) : Access.observer());
            } catch (RuntimeException e) {
                bench.close();
                throw e;
            }
            return bench;
        }
    }

    private void openAll(Set<String> only, Access access) {
        OptionCheck.check(description, providers); // a typo in options: or physics: is refused before any open
        Map<String, List<DeviceSpec>> byBackend = new LinkedHashMap<>();
        for (DeviceSpec d : description.devices().values()) {
            if (only == null || only.contains(d.name())) {
                providers.get(d.backend()); // refuses an unknown id before any device is opened
                byBackend.computeIfAbsent(d.backend(), x -> new ArrayList<>()).add(d);
            }
        }
        // one budget over every bank of the bench; only a writer checks it (an observer writes nothing)
        PowerBudget budget = description.hasPowerBudget() && mode.allowsWrites()
                ? new PowerBudget(description.powerBudgetWatts()) : null;
        List<Backend> opened = new ArrayList<>();
        for (Map.Entry<String, List<DeviceSpec>> e : byBackend.entrySet()) {
            Backend backend = providers.get(e.getKey()).open(description, e.getValue(), access);
            backends.add(backend);
            opened.add(backend);
        }
        // one clock for the whole bench: a simulator's virtual clock when one offers it, else the machine's
        BenchClock clock = BenchClock.system();
        for (Backend b : opened) {
            Optional<BenchClock> own = b.capability(BenchClock.class);
            if (own.isPresent()) {
                clock = own.get();
                break;
            }
        }
        time = new BenchTime(clock);
        int n = 0;
        for (Map.Entry<String, List<DeviceSpec>> e : byBackend.entrySet()) {
            Backend backend = opened.get(n++);
            boolean linkCounted = backend.capability(LinkTimeCounter.class).map(c -> {
                c.countLinkTime(time);
                return true;
            }).orElse(false);
            for (DeviceSpec d : e.getValue()) {
                backendOfDevice.put(d.name(), backend);
                switch (d.kind()) {
                    case DAC -> {
                        DacDevice raw = backend.dac(d.name()).orElseThrow(() -> missing(d));
                        if (mode.allowsWrites()) {
                            DeviceLimitPush.push(d, raw); // the device's own limits first: defence in depth
                        }
                        TimedDevices.Dac dev = new TimedDevices.Dac(raw, d, time, linkCounted);
                        timedDacs.put(d.name(), dev);
                        DefaultDacBank bank = new DefaultDacBank(d, dev, mode, clock, budget);
                        dacs.put(d.name(), bank);
                        if (mode.safeStateOnOpenAndClose()) {
                            bank.safeState();
                        }
                    }
                    case DETECTOR -> {
                        DetectorDevice raw = backend.detector(d.name()).orElseThrow(() -> missing(d));
                        TimedDevices.Detector dev = new TimedDevices.Detector(raw, d, time, linkCounted);
                        timedDetectors.put(d.name(), dev);
                        detectors.put(d.name(), new DefaultDetectorArray(d, dev));
                    }
                    case PROJECTOR -> projectors.put(d.name(), backend.capability(ProjectorBackend.class)
                            .flatMap(p -> p.projector(d.name())).orElseThrow(() -> missing(d)));
                }
            }
        }
        for (CoreSpec c : description.cores()) {
            Backend b = backendOfDevice.get(c.detector());
            if (b == null || !backendOfDevice.containsKey(c.dac()) || !backendOfDevice.containsKey(c.sigmaDac())
                    || !backendOfDevice.containsKey(c.inputDac())) {
                continue; // some of its devices were left out with only(...)
            }
            BatchCoreTransform fast = null;
            PassiveHeaterControl passive = null;
            boolean sameBackend = b == backendOfDevice.get(c.dac()) && b == backendOfDevice.get(c.sigmaDac())
                    && b == backendOfDevice.get(c.inputDac());
            CoreSpec timed = c.withTiming(settles(c));
            if (sameBackend) {
                BatchCoreTransform raw = b.capability(BatchCoreTransform.class).orElse(null);
                // the fast path costs what the vector-by-vector path would: modulators, read-back, settle, reading
                fast = raw == null ? null : new TimedDevices.Transform(raw, time).core(c.name(),
                        new TimedDevices.Transform.Core(timedDacs.get(c.inputDac()), c.inputChannels(),
                                timed.timing().inputSettle().toNanos() * 1e-9, timedDetectors.get(c.detector()),
                                c.outputChannels()));
            }
            if (b == backendOfDevice.get(c.dac())) {
                passive = b.capability(PassiveHeaterControl.class).orElse(null);
            }
            cores.put(c.name(), new SvdCore(timed, dacs.get(c.dac()), dacs.get(c.sigmaDac()),
                    dacs.get(c.inputDac()), detectors.get(c.detector()), fast, passive, time));
        }
        for (UnitaryMeshSpec c : description.meshes()) {
            Backend b = backendOfDevice.get(c.detector());
            if (b == null || !backendOfDevice.containsKey(c.dac()) || !backendOfDevice.containsKey(c.inputDac())
                    || (c.hasAttenuators() && !backendOfDevice.containsKey(c.sigmaDac()))) {
                continue; // some of its devices were left out with only(...)
            }
            boolean sameBackend = b == backendOfDevice.get(c.dac()) && b == backendOfDevice.get(c.inputDac())
                    && (!c.hasAttenuators() || b == backendOfDevice.get(c.sigmaDac()));
            UnitaryMeshSpec timed = c.withTiming(settles(c));
            BatchCoreTransform fast = null;
            if (sameBackend) {
                BatchCoreTransform raw = b.capability(BatchCoreTransform.class).orElse(null);
                fast = raw == null ? null : new TimedDevices.Transform(raw, time).core(c.name(),
                        new TimedDevices.Transform.Core(timedDacs.get(c.inputDac()), c.inputChannels(),
                                timed.timing().inputSettle().toNanos() * 1e-9, timedDetectors.get(c.detector()),
                                c.outputChannels()));
            }
            cores.put(c.name(), new UnitaryMeshCore(timed, dacs.get(c.dac()),
                    c.hasAttenuators() ? dacs.get(c.sigmaDac()) : null, dacs.get(c.inputDac()),
                    detectors.get(c.detector()), fast, time));
        }
    }

    /**
     * The core's settle times: what its spec says, or longer where its DACs' timings need it (heaters: the slower
     * of the mesh and Σ DACs within one LSB; inputs: the modulators').
     */
    private CoreTiming settles(CoreSpec c) {
        double heater = Math.max(timedDacs.get(c.dac()).settleSeconds(), timedDacs.get(c.sigmaDac()).settleSeconds());
        double input = timedDacs.get(c.inputDac()).settleSeconds();
        return new CoreTiming(longer(c.timing().heaterSettle(), heater), longer(c.timing().inputSettle(), input));
    }

    /** As {@link #settles(CoreSpec)} for a unitary mesh (its mesh DAC, its attenuators' DAC if any). */
    private CoreTiming settles(UnitaryMeshSpec c) {
        double heater = timedDacs.get(c.dac()).settleSeconds();
        if (c.hasAttenuators()) {
            heater = Math.max(heater, timedDacs.get(c.sigmaDac()).settleSeconds());
        }
        double input = timedDacs.get(c.inputDac()).settleSeconds();
        return new CoreTiming(longer(c.timing().heaterSettle(), heater), longer(c.timing().inputSettle(), input));
    }

    private static java.time.Duration longer(java.time.Duration given, double seconds) {
        java.time.Duration model = java.time.Duration.ofNanos(Math.round(seconds * 1e9));
        return model.compareTo(given) > 0 ? model : given;
    }

    /**
     * The bench-time ledger: link, settle and acquisition time spent since the bench opened, with the DAC writes and
     * detector acquisitions made (see {@code docs/bench-time.md}). Thread-safe.
     */
    public BenchTime time() {
        return time;
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
            throw new BenchConfigException("bench '" + description.name() + "' has no core '" + name + "'"
                    + (description.cores().stream().anyMatch(s -> s.name().equals(name))
                            || description.meshes().stream().anyMatch(s -> s.name().equals(name))
                    ? " open: some of its devices were not opened" : ""));
        }
        return c;
    }

    /**
     * The random-projection device of that name, as its backend gave it: not yet opened. The caller
     * {@linkplain RandomProjector#open() opens} it; closing the bench closes it.
     */
    public RandomProjector projector(String name) {
        RandomProjector p = projectors.get(name);
        if (p == null) {
            throw new BenchConfigException("bench '" + description.name() + "' has no projector '" + name
                    + "'; projectors: " + projectors.keySet());
        }
        return p;
    }

    /** Every projector, by device name, in declaration order. */
    public Map<String, RandomProjector> projectors() {
        return java.util.Collections.unmodifiableMap(projectors);
    }

    /** What opening and closing did to the DAC channels, and whether writes are allowed. */
    public OpenMode mode() {
        return mode;
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
            if (providers.find(d.backend()).map(BackendProvider::isSimulated).orElse(false)) {
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

    /**
     * The ownership check over every DAC bank (see {@link DacBank#foreignWrites()}): the setpoints someone else has
     * changed since this bench last wrote them, bank by bank in declaration order; empty when none, and always
     * empty in {@link OpenMode#OBSERVE} (an observer owns nothing). Reads every channel once.
     */
    public synchronized List<ForeignWrite> foreignWrites() {
        List<ForeignWrite> out = new ArrayList<>();
        if (mode.allowsWrites()) {
            for (DacBank b : dacs.values()) {
                out.addAll(b.foreignWrites());
            }
        }
        return out;
    }

    /**
     * Puts every DAC channel in its safe state without closing.
     *
     * @throws LabException in {@link OpenMode#OBSERVE}, which never writes
     */
    public synchronized void safeState() {
        for (DacBank b : dacs.values()) {
            b.safeState();
        }
    }

    /**
     * Puts every DAC channel in its safe state (in {@link OpenMode#CONTROL}; the other modes write nothing) and
     * closes every device, projector and backend. Idempotent; tries every device even if one fails, then rethrows the
     * first failure.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        List<String> unsafe = new ArrayList<>();
        SafeStateException firstUnsafe = null;
        for (DacBank b : dacs.values()) {
            try {
                b.close();
            } catch (SafeStateException e) {
                firstUnsafe = firstUnsafe == null ? e : firstUnsafe;
                unsafe.addAll(e.devices());
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (firstUnsafe != null) {
            // what the operator must know first: which heaters may still be on
            first = new SafeStateException("bench '" + description.name() + "': safe state not confirmed for "
                    + String.join(", ", unsafe) + " (" + firstUnsafe.getCause().getMessage() + ")", unsafe,
                    firstUnsafe.getCause());
        }
        for (DetectorArray d : detectors.values()) {
            try {
                d.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        for (RandomProjector p : projectors.values()) {
            try {
                p.close();
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
