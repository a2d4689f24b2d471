package org.photonlab.simulator.chip;

import java.util.Arrays;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.kernel.SmallMatVec;
import org.photonlab.hal.mesh.ClementsMesh;

/**
 * The physics of one k×k core, from heater volts to the noisy transfer matrix W and its outputs.
 *
 * <pre>
 * U/V MZI d:  h_d = γ'_d·V_d²,  t_d = h_d mod 2π,  φ_d = t_d + c·Σ_{n∈N(d)} [radiates n]·t_n + b_d
 * Σ_i:        σ_i = cos(γ'_i·V_i²)                          (no crosstalk, no bias)
 * signs:      δ = −1 if cos(γ'·V²) &lt; 0 else +1             (U δ₀, U δ_{k−1}, V δ₀, V δ_{k−1})
 * W = U(δ_U, φ_U)·diag(σ)·V(δ_V, φ_V),   y_i = Σ_l W_il·x_l  (x = input modulator volts)
 * </pre>
 *
 * <p>W is cached; a write marks only the sections it touches dirty, and the next read rebuilds those sections
 * (recomputing cos/sin only for the MZIs whose φ changed, i.e. the written one and its crosstalk neighbours) and
 * then W. Every output, whether read channel by channel ({@link #outputs(double[], int, double[], int)}) or through
 * the batch path ({@link #outputsBatch}, either kernel path), is the same sum in the same order, so all give the
 * same bits. Guarded by its own monitor.
 */
final class CoreModel {
    final String name;
    final int index;
    final int k;
    private final MeshSection u;
    private final MeshSection v;
    private final double[] sigmaVolts;
    private final double[] sigmaGamma;
    private final double[] signVolts = new double[4];
    private final double[] signGamma = new double[4];
    private final boolean[] sigmaPassive;
    private final boolean[] signPassive = new boolean[4];
    private final double[] sigma;
    private final double[] x;
    private final double[] scaled;
    private final double[] w;
    private final double[] y;
    private final double[] kernelScratch;
    private final MeshCrosstalk crosstalk;
    private final double c;
    private final boolean activeOnly;
    private final double meshOhms;
    private final double sigmaOhms;
    private boolean sigmaDirty = true;
    private boolean signsDirty = true;
    private boolean wDirty = true;
    final SplitMix64 readoutRng;

    CoreModel(String name, int index, int k, double gamma, ChipPhysicsConfig cfg, MeshCrosstalk crosstalk,
              double meshOhms, double sigmaOhms) {
        this(name, index, k, gamma, cfg, crosstalk, meshOhms, sigmaOhms, true);
    }

    /**
     * @param withV false for a single unitary mesh: its light passes the Σ column and then one mesh (wired as U),
     *              so V is the identity (no heaters, no bias) and W = U·diag(σ)
     */
    CoreModel(String name, int index, int k, double gamma, ChipPhysicsConfig cfg, MeshCrosstalk crosstalk,
              double meshOhms, double sigmaOhms, boolean withV) {
        this.name = name;
        this.index = index;
        this.k = k;
        int m = ClementsMesh.phaseCount(k);
        this.crosstalk = crosstalk;
        this.c = cfg.crosstalk();
        this.activeOnly = cfg.crosstalkActiveOnly();
        this.meshOhms = meshOhms;
        this.sigmaOhms = sigmaOhms;
        this.u = new MeshSection(m, k, drift(cfg, gamma, Streams.GAMMA_U, m), bias(cfg, Streams.BIAS_U, m));
        this.v = new MeshSection(m, k, drift(cfg, gamma, Streams.GAMMA_V, m),
                withV ? bias(cfg, Streams.BIAS_V, m) : new double[m]);
        this.sigmaVolts = new double[k];
        this.sigmaGamma = drift(cfg, gamma, Streams.GAMMA_SIGMA, k);
        System.arraycopy(drift(cfg, gamma, Streams.GAMMA_SIGN, 4), 0, signGamma, 0, 4);
        this.sigmaPassive = new boolean[k];
        this.sigma = new double[k];
        this.x = new double[k];
        this.scaled = new double[k * k];
        this.w = new double[k * k];
        this.y = new double[k];
        this.kernelScratch = new double[SmallMatVec.scratchLength(k)];
        this.readoutRng = Streams.READOUT.open(cfg.seed(), index);
    }

    private double[] drift(ChipPhysicsConfig cfg, double gamma, Streams stream, int n) {
        SplitMix64 rng = stream.open(cfg.seed(), index);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = cfg.gammaDriftStd() == 0 ? gamma
                    : gamma + cfg.gammaDriftStd() * rng.nextTruncatedGaussian(cfg.gammaTruncation());
        }
        return g;
    }

    private double[] bias(ChipPhysicsConfig cfg, Streams stream, int n) {
        double[] b = new double[n];
        if (cfg.phaseBias()) {
            SplitMix64 rng = stream.open(cfg.seed(), index);
            for (int i = 0; i < n; i++) {
                b[i] = cfg.phaseBiasRange() * (2 * rng.nextDouble() - 1);
            }
        }
        return b;
    }

    /** Applies one channel's volts; {@code section} null means an input modulator. */
    synchronized void set(CoreSection section, int i, double volts) {
        if (section == null) {
            x[i] = volts;
            return;
        }
        switch (section) {
            case U -> u.set(i, volts);
            case V -> v.set(i, volts);
            case SIGMA -> {
                if (sigmaVolts[i] != volts) {
                    sigmaVolts[i] = volts;
                    sigmaDirty = true;
                }
            }
            case SIGN -> {
                if (signVolts[i] != volts) {
                    signVolts[i] = volts;
                    signsDirty = true;
                }
            }
        }
    }

    synchronized void setPassive(CoreSection section, boolean[] passive) {
        switch (section) {
            case U -> u.setPassive(passive, activeOnly);
            case V -> v.setPassive(passive, activeOnly);
            case SIGMA -> System.arraycopy(passive, 0, sigmaPassive, 0, k);
            case SIGN -> System.arraycopy(passive, 0, signPassive, 0, 4);
        }
    }

    /** Replaces the drifted γ' of one section (a test and calibration-study hook). */
    synchronized void setGammas(CoreSection section, double[] g) {
        switch (section) {
            case U -> u.setGammas(g);
            case V -> v.setGammas(g);
            case SIGMA -> {
                System.arraycopy(g, 0, sigmaGamma, 0, k);
                sigmaDirty = true;
            }
            case SIGN -> {
                System.arraycopy(g, 0, signGamma, 0, 4);
                signsDirty = true;
            }
        }
    }

    synchronized double[] gammas(CoreSection section) {
        return switch (section) {
            case U -> u.gamma.clone();
            case V -> v.gamma.clone();
            case SIGMA -> sigmaGamma.clone();
            case SIGN -> signGamma.clone();
        };
    }

    /** Replaces the phase bias of U or V. */
    synchronized void setBias(CoreSection section, double[] b) {
        mesh(section).setBias(b);
    }

    synchronized double[] bias(CoreSection section) {
        return mesh(section).bias.clone();
    }

    private MeshSection mesh(CoreSection section) {
        if (section == CoreSection.U) {
            return u;
        }
        if (section == CoreSection.V) {
            return v;
        }
        throw new IllegalArgumentException("only U and V are MZI meshes (with effective phases and a phase bias), not "
                + section);
    }

    /** Brings W up to date with the setpoints. Caller holds the monitor. */
    private void rebuild() {
        if (signsDirty) {
            signsDirty = false;
            u.setSigns(sign(0), sign(1));
            v.setSigns(sign(2), sign(3));
        }
        if (u.rebuild(crosstalk, c)) {
            wDirty = true;
        }
        if (v.rebuild(crosstalk, c)) {
            wDirty = true;
        }
        if (sigmaDirty) {
            sigmaDirty = false;
            for (int i = 0; i < k; i++) {
                sigma[i] = Math.cos(sigmaGamma[i] * sigmaVolts[i] * sigmaVolts[i]);
            }
            wDirty = true;
        }
        if (wDirty) {
            wDirty = false;
            multiply();
        }
    }

    private double sign(int s) {
        return Math.cos(signGamma[s] * signVolts[s] * signVolts[s]) < 0 ? -1.0 : 1.0;
    }

    /** W = U·diag(σ)·V into {@code w}. */
    private void multiply() {
        double[] um = u.matrix;
        double[] vm = v.matrix;
        for (int r = 0; r < k; r++) {
            for (int l = 0; l < k; l++) {
                scaled[r * k + l] = um[r * k + l] * sigma[l];
            }
        }
        Arrays.fill(w, 0.0);
        for (int r = 0; r < k; r++) {
            for (int l = 0; l < k; l++) {
                double a = scaled[r * k + l];
                int row = l * k;
                int out = r * k;
                for (int col = 0; col < k; col++) {
                    w[out + col] += a * vm[row + col];
                }
            }
        }
    }

    /**
     * All outputs for one input vector: {@code y[yOff + i] = Σ_l W_il·in[inOff + l]}, accumulated from 0 in ascending
     * l. Not modified: {@code in}. Modified: {@code y} (k entries). Caller holds the monitor and has rebuilt.
     */
    void outputs(double[] in, int inOff, double[] y, int yOff) {
        for (int i = 0; i < k; i++) {
            double acc = 0;
            int row = i * k;
            for (int l = 0; l < k; l++) {
                acc += w[row + l] * in[inOff + l];
            }
            y[yOff + i] = acc;
        }
    }

    /**
     * {@link #outputs} for n input vectors at once ({@code in[inOff + s·k …]} to {@code y[yOff + s·k …]}), through
     * {@link SmallMatVec} on the JVM's kernel path: the same arithmetic per output, so the same bits. {@code in} and
     * {@code y} must not overlap. Caller holds the monitor and has rebuilt.
     */
    void outputsBatch(double[] in, int inOff, int n, double[] y, int yOff) {
        SmallMatVec.apply(w, k, in, inOff, n, y, yOff, kernelScratch);
    }

    /** Output i for the current input modulator volts, by {@link #outputs}. Caller holds the monitor. */
    double outputForCurrentInputs(int i) {
        rebuild();
        outputs(x, 0, y, 0);
        return y[i];
    }

    /** Rebuilds if needed. Caller holds the monitor (used by the batch path before its loop). */
    void ensureBuilt() {
        rebuild();
    }

    /** A copy of the current noisy W (k×k, row-major). */
    synchronized double[] matrix() {
        rebuild();
        return w.clone();
    }

    /** A copy of the effective phases φ of U or V (after drift, crosstalk and bias). */
    synchronized double[] effectivePhases(CoreSection section) {
        rebuild();
        return mesh(section).phi.clone();
    }

    /** Static heater power of one section, W: Σ over active heaters of V²/R. */
    synchronized double power(CoreSection section) {
        return switch (section) {
            case U -> u.power(meshOhms);
            case V -> v.power(meshOhms);
            case SIGMA -> power(sigmaVolts, sigmaPassive, sigmaOhms);
            case SIGN -> power(signVolts, signPassive, sigmaOhms);
        };
    }

    static double power(double[] volts, boolean[] passive, double ohms) {
        if (Double.isInfinite(ohms)) {
            return 0.0;
        }
        double p = 0;
        for (int i = 0; i < volts.length; i++) {
            if (!passive[i]) {
                p += volts[i] * volts[i] / ohms;
            }
        }
        return p;
    }
}
