package org.photonlab.drivers.slmsuite;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.photonlab.hal.DeviceInUseException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.NotConfiguredException;
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.ProjectionContext;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;
import org.photonlab.hal.projection.ProjectorInfo;
import org.photonlab.hal.projection.RandomProjector;
import org.photonlab.hal.projection.Roi;
import org.photonlab.protocols.slmsuite.NdArray;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;

/**
 * A {@link RandomProjector} whose SLM/DMD and camera sit behind an slmsuite server (slmsuite's remote protocol), so
 * any hardware slmsuite fronts, or PhotonLab's simulated projector server, can serve optical DFA. Each vector is one
 * {@code _set_phase_hw} (pattern from {@link DisplayMapper}) followed by one {@code _get_image_hw}; the components are
 * the camera pixels of a centred full-width region, row-major ({@code mid_width}).
 *
 * <p>{@link #info()} gives zero shapes until {@link #open()} has read the hardware's metadata. The protocol has no
 * device clock, so the device time reported is the measured time of the remote calls. Exclusive use is enforced
 * within this JVM per server and SLM name (slmsuite itself has no locking).
 */
public final class SlmsuiteProjector implements RandomProjector {
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();
    private final SlmsuiteOptions options;
    private final SlmsuiteClient client;
    private ProjectorInfo info;
    private boolean open;
    private double settleS;
    private int slmBits;
    private int cameraBits;
    private ProjectorConfig config;
    private DisplayMapper mapper;
    private Roi outputRoi;

    public SlmsuiteProjector(SlmsuiteOptions options) {
        this.options = options;
        this.client = new SlmsuiteClient(options.host(), options.port(), options.timeout());
        Modulation m = options.modulation() == null ? Modulation.SLM_PHASE : options.modulation();
        this.info = new ProjectorInfo(options.name(), "slmsuite", false, m, 0, 0, 0, 0, options.minRoiRows());
    }

    private String lockKey() {
        return client.endpoint() + "/" + options.slm();
    }

    @Override
    public synchronized ProjectorInfo info() {
        return info;
    }

    @Override
    public synchronized void open() {
        if (open) {
            return;
        }
        if (!HELD.add(lockKey())) {
            throw new DeviceInUseException(options.name() + " (" + lockKey() + ")");
        }
        try {
            Map<?, ?> kinds = map(ok(options.slm(), "ping", Map.of()), "ping");
            requireKind(kinds, options.slm(), "slm");
            requireKind(kinds, options.camera(), "camera");
            Map<?, ?> slmMeta = meta(options.slm());
            Map<?, ?> camMeta = meta(options.camera());
            int[] slmShape = shape(slmMeta, options.slm());
            int[] camShape = shape(camMeta, options.camera());
            slmBits = integer(slmMeta, "bitdepth", options.slm());
            cameraBits = integer(camMeta, "bitdepth", options.camera());
            settleS = slmMeta.get("settle_time_s") instanceof Number n ? n.doubleValue() : 0;
            Modulation mod = options.modulation();
            if (mod == null) {
                mod = slmMeta.get("modulation") instanceof String s ? SlmsuiteOptions.modulation(s)
                        : Modulation.SLM_PHASE;
            }
            info = new ProjectorInfo(options.name(), "slmsuite", false, mod, slmShape[1], slmShape[0], camShape[1],
                    camShape[0], options.minRoiRows());
            open = true;
        } catch (RuntimeException e) {
            HELD.remove(lockKey());
            throw e;
        }
    }

    private static void requireKind(Map<?, ?> kinds, String name, String kind) {
        if (!kind.equals(kinds.get(name))) {
            throw new LabException("slmsuite server has no " + kind + " named '" + name + "'; it has " + kinds);
        }
    }

    private Map<?, ?> meta(String hw) {
        Map<?, ?> pickled = map(ok(hw, "pickle", Map.of("attributes", false, "metadata", true)), hw + ".pickle");
        return map(pickled.get("__meta__"), hw + ".pickle.__meta__");
    }

    private static int[] shape(Map<?, ?> meta, String hw) {
        if (!(meta.get("shape") instanceof List<?> l) || l.size() != 2 || !(l.get(0) instanceof Number a)
                || !(l.get(1) instanceof Number b)) {
            throw new LabException("slmsuite hardware '" + hw + "' reports no 2-D shape: " + meta.get("shape"));
        }
        return new int[] {a.intValue(), b.intValue()};
    }

    private static int integer(Map<?, ?> meta, String key, String hw) {
        if (!(meta.get(key) instanceof Number n)) {
            throw new LabException("slmsuite hardware '" + hw + "' reports no " + key);
        }
        return n.intValue();
    }

    private static Map<?, ?> map(Object o, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new LabException("slmsuite: " + what + " returned " + o + ", expected an object");
        }
        return m;
    }

    private Object ok(String hw, String command, Map<String, Object> kwargs) {
        SlmsuiteReply r = client.call(hw, command, kwargs);
        if (!r.success()) {
            throw new RemoteHardwareException(client.endpoint(), hw + "." + command, r.result());
        }
        return r.result();
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void configure(ProjectorConfig cfg) {
        requireOpen();
        long camPixels = info.maxComponents();
        if (cfg.components() > camPixels) {
            throw new LabException("projector config: " + cfg.components() + " components exceed the remote camera's "
                    + info.cameraWidth() + " × " + info.cameraHeight() + " pixels");
        }
        DisplayMapper m = new DisplayMapper(info.inputHeight(), info.inputWidth(), slmBits, info.modulation(),
                cfg.features(), cfg.inputRoi());
        ok(options.camera(), "_set_exposure_hw", Map.of("exposure_s", cfg.exposureUs() * 1e-6));
        int w = info.cameraWidth();
        int rows = Math.min(info.cameraHeight(), Math.max(options.minRoiRows(), (cfg.components() + w - 1) / w));
        outputRoi = new Roi(0, info.cameraHeight() / 2 - rows / 2, w, rows);
        mapper = m;
        config = cfg;
    }

    @Override
    public synchronized ProjectorConfig config() {
        requireOpen();
        if (config == null) {
            throw new NotConfiguredException("projector '" + options.name() + "' is not configured; call configure() "
                    + "before transform()");
        }
        return config;
    }

    @Override
    public synchronized ProjectionResult transform(BinaryBatch batch) {
        long t0 = System.nanoTime();
        ProjectorConfig cfg = config();
        int features = cfg.features().count();
        if (batch.features() != features) {
            throw new LabException("projector '" + options.name() + "' is configured for " + features
                    + " features, got vectors of " + batch.features());
        }
        int n = batch.size();
        int m = cfg.components();
        byte[] bits = batch.toArray();
        byte[] counts = new byte[n * m];
        double lit = 0;
        int first = outputRoi.y() * info.cameraWidth();
        int shift = Math.max(0, cameraBits - 8);
        for (int i = 0; i < n; i++) {
            ok(options.slm(), "_set_phase_hw", Map.of("display", mapper.pattern(bits, i * features)));
            if (settleS > 0) {
                sleep(settleS);
            }
            lit += mapper.litPixels(bits, i * features, info.modulation() == Modulation.DMD_BINARY);
            Object img = ok(options.camera(), "_get_image_hw", Map.of("timeout_s", options.timeout().toMillis() / 1e3));
            if (!(img instanceof NdArray a) || a.size() != info.maxComponents()) {
                throw new LabException("slmsuite camera '" + options.camera() + "' returned " + img + ", expected a "
                        + info.cameraHeight() + " × " + info.cameraWidth() + " image");
            }
            for (int j = 0; j < m; j++) {
                counts[i * m + j] = (byte) Math.min(255, ((int) a.get(first + j)) >> shift);
            }
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        double frameUs = n == 0 ? 0 : wall * 1e6 / n;
        ProjectionContext ctx = new ProjectionContext(cfg.exposureUs(), frameUs, outputRoi, mapper.roi(),
                mapper.zoom(), lit / n, n, wall, wall);
        return new ProjectionResult(counts, n, m, ctx);
    }

    private static void sleep(double s) {
        try {
            Thread.sleep((long) (s * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while the SLM settled");
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new LabException("projector '" + options.name() + "' is not open; call open() first");
        }
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            config = null;
            HELD.remove(lockKey());
        }
    }
}
