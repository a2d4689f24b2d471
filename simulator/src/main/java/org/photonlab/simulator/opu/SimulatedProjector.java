package org.photonlab.simulator.opu;

import java.util.Optional;
import org.photonlab.hal.LabException;
import org.photonlab.hal.NotConfiguredException;
import org.photonlab.hal.projection.BinaryBatch;
import org.photonlab.hal.projection.FieldOracle;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.projection.ProjectionContext;
import org.photonlab.hal.projection.ProjectionResult;
import org.photonlab.hal.projection.ProjectorConfig;
import org.photonlab.hal.projection.ProjectorInfo;
import org.photonlab.hal.projection.RandomProjector;

/**
 * In-process physics simulation of an optical random-projection device: DMD (or phase SLM) → scattering medium
 * ({@link TransmissionMatrix}) → camera ({@link CameraModel}), with LightOn's feature mapping ({@link InputLayout}),
 * output ROI ({@link OutputLayout}) and timing rules ({@link TimingModel}) on a virtual device clock.
 *
 * <p>A DMD frame's field is {@code E = Σ_{lit features} T_f + T_background}; a phase SLM's binary frame (levels 0 or
 * 128, phases 0 or π) gives {@code E = Σ_f (1 − 2 z_f) T_f + T_background}.
 */
public final class SimulatedProjector implements RandomProjector {
    private final ProjectorInfo info;
    private final PhysicsParams physics;
    private final TransmissionMatrix matrix;
    private final CameraModel camera;
    private final TimingModel timing;
    private boolean open;
    private ProjectorConfig config;
    private InputLayout input;
    private OutputLayout output;
    private FieldKernel kernel;
    private long frameCounter;
    private double clockS;

    public SimulatedProjector(ProjectorInfo info, PhysicsParams physics) {
        this.info = info;
        this.physics = physics;
        this.matrix = new TransmissionMatrix(physics.matrixSeed());
        this.camera = new CameraModel(physics);
        this.timing = new TimingModel(physics);
    }

    /** LightOn-like geometry: 1140 × 912 DMD, 2040 × 1088 camera (type 2, mid_width ROI), at least 64 ROI rows. */
    public static ProjectorInfo defaultInfo(String name) {
        return new ProjectorInfo(name, "sim", true, Modulation.DMD_BINARY, 1140, 912, 2040, 1088, 64);
    }

    /** A default device named {@code name} with default physics and the given matrix seed. */
    public static SimulatedProjector create(String name, long seed) {
        return new SimulatedProjector(defaultInfo(name), PhysicsParams.defaults(seed));
    }

    @Override
    public ProjectorInfo info() {
        return info;
    }

    public PhysicsParams physics() {
        return physics;
    }

    @Override
    public synchronized void open() {
        if (open) {
            return;
        }
        DeviceLocks.acquire(info.name());
        open = true;
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void configure(ProjectorConfig cfg) {
        requireOpen();
        InputLayout in = InputLayout.of(info, cfg.features(), cfg.inputRoi());
        OutputLayout out = OutputLayout.of(info, cfg.components());
        this.input = in;
        this.output = out;
        this.config = cfg;
        // the summation method depends on the configuration only, never on the batch (see FieldKernel)
        this.kernel = new FieldKernel(matrix, in.rowKeys(), in.rowScale(), out.colKeys(), physics.cacheLimit(),
                physics.parallel(), in.rowKeys().length >= LightonCompatDevice.SUBSET_TABLE_ROWS);
    }

    @Override
    public synchronized ProjectorConfig config() {
        requireOpen();
        if (config == null) {
            throw new NotConfiguredException("projector '" + info.name() + "' is not configured; call configure() "
                    + "with the feature shape and the number of components before transform()");
        }
        return config;
    }

    /** Device clock, s: the time real hardware would have spent on every call so far. */
    public synchronized double deviceClockS() {
        return clockS;
    }

    /** Frames displayed so far. */
    public synchronized long frameCounter() {
        return frameCounter;
    }

    @Override
    public synchronized ProjectionResult transform(BinaryBatch batch) {
        long t0 = System.nanoTime();
        ProjectorConfig cfg = config();
        checkFeatures(batch);
        int n = batch.size();
        int m = cfg.components();
        double meanLit = meanLitPixels(batch);
        double exposure = cfg.exposureUs();
        double litFraction = meanLit / info.inputPixels();
        if (litFraction > cfg.maxLitFraction()) {
            // runner._adjust_exposure: scale the exposure down by the overshoot so the camera does not saturate
            exposure *= cfg.maxLitFraction() / litFraction;
        }
        float[] re = new float[n * m];
        float[] im = new float[n * m];
        computeField(batch, re, im);
        byte[] counts = new byte[n * m];
        double kappa = kappa(exposure);
        camera.expose(re, im, n, m, kappa, frameCounter, output.colKeys(), counts);
        double frameTime = timing.frameTimeUs(cfg.frameTimeUs(), exposure, output.roi().height());
        double deviceTime = timing.callTimeS(n, frameTime);
        frameCounter += n;
        clockS += deviceTime;
        ProjectionContext ctx = new ProjectionContext(exposure, frameTime, output.roi(), input.roi(), input.zoom(),
                meanLit, n, deviceTime, (System.nanoTime() - t0) * 1e-9);
        return new ProjectionResult(counts, n, m, ctx);
    }

    @Override
    public Optional<FieldOracle> fieldOracle() {
        return Optional.of(this::oracleField);
    }

    private synchronized void oracleField(BinaryBatch batch, float[] re, float[] im) {
        ProjectorConfig cfg = config();
        checkFeatures(batch);
        computeField(batch, re, im);
        float s = (float) Math.sqrt(kappa(cfg.exposureUs()));
        for (int i = 0; i < re.length; i++) {
            re[i] *= s;
            im[i] *= s;
        }
    }

    private double kappa(double exposureUs) {
        return physics.fullIlluminationCounts() * exposureUs / ProjectorConfig.DEFAULT_EXPOSURE_US;
    }

    private void computeField(BinaryBatch batch, float[] re, float[] im) {
        if (physics.driftTimeS() > 0) {
            kernel.drift(Math.PI / 2 * (1 - Math.exp(-clockS / physics.driftTimeS())));
        }
        int n = batch.size();
        int m = config.components();
        int bg = input.backgroundRow();
        boolean withBg = input.offRoiPixels() > 0;
        if (info.modulation() == Modulation.DMD_BINARY) {
            int[][] lit = new int[n][];
            for (int i = 0; i < n; i++) {
                lit[i] = withBackground(batch.onesOf(i), bg, withBg);
            }
            kernel.field(lit, re, im);
            return;
        }
        // Phase SLM: every pixel reflects; "on" features are shifted by π. E = S − 2·Σ_on T_f, S = Σ_all T + T_bg.
        int[][] lit = new int[n + 1][];
        for (int i = 0; i < n; i++) {
            lit[i] = batch.onesOf(i);
        }
        int[] all = new int[input.features()];
        for (int f = 0; f < all.length; f++) {
            all[f] = f;
        }
        lit[n] = withBackground(all, bg, withBg);
        float[] r = new float[(n + 1) * m];
        float[] q = new float[(n + 1) * m];
        kernel.field(lit, r, q);
        int s0 = n * m;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                re[i * m + j] = r[s0 + j] - 2 * r[i * m + j];
                im[i * m + j] = q[s0 + j] - 2 * q[i * m + j];
            }
        }
    }

    private static int[] withBackground(int[] ones, int bg, boolean withBg) {
        if (!withBg) {
            return ones;
        }
        int[] out = java.util.Arrays.copyOf(ones, ones.length + 1);
        out[ones.length] = bg;
        return out;
    }

    private double meanLitPixels(BinaryBatch batch) {
        // LightOn counts ones on a sample of up to 1000 vectors; a fixed stride keeps it deterministic
        int n = batch.size();
        int step = Math.max(1, n / 1000);
        long ones = 0;
        int counted = 0;
        for (int i = 0; i < n; i += step) {
            ones += batch.ones(i);
            counted++;
        }
        double perVector = (double) ones / counted;
        if (info.modulation() == Modulation.SLM_PHASE) {
            return info.inputPixels();
        }
        return perVector * input.pixelsPerFeature() + input.offRoiPixels();
    }

    private void checkFeatures(BinaryBatch batch) {
        int expected = config.features().count();
        if (batch.features() != expected) {
            throw new LabException("projector '" + info.name() + "' is configured for " + expected
                    + " features, got vectors of " + batch.features());
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new LabException("projector '" + info.name() + "' is not open; call open() first");
        }
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            config = null;
            kernel = null;
            DeviceLocks.release(info.name());
        }
    }
}
