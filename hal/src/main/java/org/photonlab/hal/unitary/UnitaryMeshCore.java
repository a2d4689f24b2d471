package org.photonlab.hal.unitary;

import java.util.Arrays;
import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.CoreTiming;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhaseCalibration;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.time.BenchClock;
import org.photonlab.hal.time.BenchTime;

/**
 * A block W = U·diag(σ)·V run on one k×k Clements unitary mesh ({@link UnitaryMeshSpec}) in two passes, the mesh
 * reprogrammed between them:
 * <pre>
 * V-pass:  mesh ← (φ_V, δ_V), attenuators ← 0 (σ = 1);  t = V·x            (read by the detectors)
 * Σ:       electronic: t_i ← cos(φ_Σ,i)·t_i (host);  attenuators: set in the U-pass
 * U-pass:  mesh ← (φ_U, δ_U), attenuators ← φ_Σ;      y = g·U·diag(σ)·(t/g)
 * </pre>
 * g = max(1, max|t| / A) keeps the re-injected amplitudes within the input modulators' range A (the smallest
 * |limit| of the input channels); the host multiplies the readings back by g. A reading of the V-pass that came
 * back over range flags every output of its vector.
 *
 * <p>To the trainer this is a {@link PhotonicCore} in the SVD form: sections U, V, Σ and four signs, as the SVD core.
 * U and V phase i are the same physical heater, written in turn. {@link #program} and {@link #setPhases} check the
 * volts against the DAC's limits and record the targets; the mesh itself is written by {@link #transform}, once per
 * pass, in one atomic vector write (mesh and attenuators, both banks checked first). The returned and
 * {@link #programmed} phases are each heater's law at the rounded volts. Power: the heater at the phase of its
 * section, as if held. Only the identity crosstalk compensation is supported; an electronic Σ has no heaters
 * (power 0, no limits, no rounding). No heater is passive (every one is rewritten every pass).
 *
 * <p>Not thread-safe: one trainer drives a core at a time.
 */
public final class UnitaryMeshCore implements PhotonicCore {
    private static final List<CoreSection> SECTIONS =
            List.of(CoreSection.U, CoreSection.V, CoreSection.SIGMA, CoreSection.SIGN);
    private static final ChannelLimits NO_HEATER =
            new ChannelLimits(0, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final UnitaryMeshSpec spec;
    private final int k;
    private final int m;
    private final DacBank meshDac;
    private final DacBank sigmaDac;
    private final DacBank inputDac;
    private final DetectorArray detector;
    private final BatchCoreTransform fastPath;
    private final BenchClock clock;
    private final BenchTime time;
    private final long heaterSettleNanos;
    private final long inputSettleNanos;
    private final double inputRange;
    private PhaseCalibration calibration;
    private final CorePhases wanted;
    private final CorePhases programmed;
    /** Volts of each logical phase, per section (what a pass writes). */
    private final CorePhases volts;
    private final int[] passChannels;
    private final double[] passVolts;
    private final double[] zeroSigma;
    private double[] t = new double[0];
    private boolean[] flagsV = new boolean[0];
    private boolean settlePending;
    private long settledAt;
    private long passes;

    /**
     * @param sigmaDac the attenuators' DAC bank, null with an electronic Σ
     * @param fastPath the backend's batch transform for this mesh, or null
     * @param time     the bench's time ledger; settle waits go through its clock and are charged to it
     */
    public UnitaryMeshCore(UnitaryMeshSpec spec, DacBank meshDac, DacBank sigmaDac, DacBank inputDac,
                           DetectorArray detector, BatchCoreTransform fastPath, BenchTime time) {
        if (spec.hasAttenuators() != (sigmaDac != null)) {
            throw new IllegalArgumentException("mesh '" + spec.name() + "': attenuator bank given iff the spec has "
                    + "attenuators");
        }
        this.spec = spec;
        this.k = spec.size();
        this.m = k * (k - 1) / 2;
        this.meshDac = meshDac;
        this.sigmaDac = sigmaDac;
        this.inputDac = inputDac;
        this.detector = detector;
        this.fastPath = fastPath;
        this.time = time;
        this.clock = time.clock();
        this.heaterSettleNanos = spec.timing().heaterSettle().toNanos();
        this.inputSettleNanos = spec.timing().inputSettle().toNanos();
        double range = Double.POSITIVE_INFINITY;
        for (int ch : spec.inputChannels()) {
            ChannelLimits l = inputDac.channel(ch).limits();
            range = Math.min(range, Math.min(l.maxVolts(), -l.minVolts()));
        }
        if (!(range > 0)) {
            throw new LabException("mesh '" + spec.name() + "': the input modulators must allow both signs around 0 V "
                    + "to carry the V-pass outputs into the U-pass; their limits allow " + range + " V");
        }
        this.inputRange = range;
        this.calibration = PhaseCalibration.nominal(spec.gamma());
        this.wanted = zeros();
        this.programmed = zeros();
        this.volts = zeros();
        this.passChannels = new int[m + 2];
        this.passVolts = new double[m + 2];
        System.arraycopy(spec.mziChannels(), 0, passChannels, 0, m);
        System.arraycopy(spec.signChannels(), 0, passChannels, m, 2);
        this.zeroSigma = new double[k];
    }

    private CorePhases zeros() {
        return new CorePhases(new double[m], new double[m], new double[k], new double[4]);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int size() {
        return k;
    }

    /** The wiring this core was built from. */
    public UnitaryMeshSpec spec() {
        return spec;
    }

    /** Mesh passes run so far (two per transformed batch). */
    public long passes() {
        return passes;
    }

    @Override
    public List<CoreSection> sections() {
        return SECTIONS;
    }

    @Override
    public int phaseCount(CoreSection section) {
        return switch (section) {
            case U, V -> m;
            case SIGMA -> k;
            case SIGN -> 4;
        };
    }

    @Override
    public PhaseCalibration calibration() {
        return calibration;
    }

    @Override
    public void calibrate(PhaseCalibration c) {
        if (!c.crosstalk().isIdentity()) {
            throw new LabException("mesh '" + spec.name() + "': a crosstalk compensation is not supported on a "
                    + "unitary-mesh core yet (only the identity)");
        }
        c.checkFits(this);
        calibration = c;
        for (CoreSection s : SECTIONS) {
            double[] v = volts.section(s);
            double[] p = programmed.section(s);
            for (int i = 0; i < v.length; i++) {
                p[i] = isElectronic(s) ? PhaseCalibration.reduce(wanted.sigma()[i], s.range()) : c.law(s, i).phase(v[i]);
            }
        }
    }

    @Override
    public CoreTiming timing() {
        return spec.timing();
    }

    @Override
    public boolean hasFastPath() {
        return fastPath != null;
    }

    @Override
    public CorePhases program(CorePhases phases) {
        CorePhases v = zeros();
        for (CoreSection s : SECTIONS) {
            double[] p = phases.section(s);
            if (p.length != phaseCount(s)) {
                throw new LabException("mesh '" + spec.name() + "' section " + s + " needs " + phaseCount(s)
                        + " phases, got " + p.length);
            }
            for (int i = 0; i < p.length; i++) {
                v.section(s)[i] = voltsFor(s, i, p[i]);
            }
        }
        for (CoreSection s : SECTIONS) {
            check(s, allIndices(s), v.section(s));
        }
        for (CoreSection s : SECTIONS) {
            double[] p = phases.section(s);
            for (int i = 0; i < p.length; i++) {
                store(s, i, p[i], v.section(s)[i]);
            }
        }
        return programmed.copy();
    }

    @Override
    public double[] setPhases(CoreSection section, int[] indices, double[] phases) {
        if (indices.length != phases.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + phases.length + " phases");
        }
        double[] v = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            checkIndex(section, indices[i]);
            v[i] = voltsFor(section, indices[i], phases[i]);
        }
        check(section, indices, v);
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            store(section, indices[i], phases[i], v[i]);
            out[i] = programmed.section(section)[indices[i]];
        }
        return out;
    }

    private void store(CoreSection s, int i, double phase, double v) {
        wanted.section(s)[i] = phase;
        volts.section(s)[i] = v;
        programmed.section(s)[i] = isElectronic(s) ? PhaseCalibration.reduce(phase, s.range())
                : calibration.law(s, i).phase(v);
    }

    /** Refuses volts a pass could not write (the DAC's limits and full scale), before anything is recorded. */
    private void check(CoreSection s, int[] indices, double[] v) {
        if (isElectronic(s)) {
            return;
        }
        int[] ch = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            ch[i] = channel(s, indices[i]);
        }
        bank(s).check(ch, v);
    }

    private int[] allIndices(CoreSection s) {
        int[] r = new int[phaseCount(s)];
        for (int i = 0; i < r.length; i++) {
            r[i] = i;
        }
        return r;
    }

    @Override
    public CorePhases programmed() {
        return programmed.copy();
    }

    @Override
    public double quantizedPhase(CoreSection section, int index, double phase) {
        checkIndex(section, index);
        if (isElectronic(section)) {
            return PhaseCalibration.reduce(phase, section.range());
        }
        return calibration.law(section, index).phase(voltsFor(section, index, phase));
    }

    @Override
    public double heaterPower(CoreSection section, int index) {
        checkIndex(section, index);
        if (isElectronic(section)) {
            return 0.0;
        }
        return limits(section, index).power(volts.section(section)[index]);
    }

    @Override
    public ChannelLimits limits(CoreSection section, int index) {
        checkIndex(section, index);
        return isElectronic(section) ? NO_HEATER : bank(section).channel(channel(section, index)).limits();
    }

    @Override
    public boolean setPassive(CoreSection section, boolean[] passive) {
        return false;
    }

    @Override
    public int transform(double[] in, int n, double[] out, boolean[] overRange) {
        return run(in, n, out, overRange, fastPath == null);
    }

    @Override
    public int transformChannelByChannel(double[] in, int n, double[] out, boolean[] overRange) {
        return run(in, n, out, overRange, true);
    }

    private int run(double[] in, int n, double[] out, boolean[] overRange, boolean channelByChannel) {
        int len = n * k;
        if (n < 0 || in.length < len || out.length < len || (overRange != null && overRange.length < len)) {
            throw new IllegalArgumentException("mesh '" + spec.name() + "': batch of " + n + " vectors of " + k
                    + " needs arrays of " + len + ", got in " + in.length + ", out " + out.length
                    + (overRange == null ? "" : ", flags " + overRange.length));
        }
        if (t.length < len) {
            t = new double[len];
            flagsV = new boolean[len];
        }
        writePass(CoreSection.V);
        int flagged = pass(in, n, t, flagsV, channelByChannel);
        double peak = 0;
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < k; i++) {
                int at = s * k + i;
                if (!spec.hasAttenuators()) {
                    t[at] *= Math.cos(programmed.sigma()[i]);
                }
                peak = Math.max(peak, Math.abs(t[at]));
            }
        }
        double g = Math.max(1.0, peak / inputRange);
        if (g > 1.0) {
            for (int i = 0; i < len; i++) {
                t[i] /= g;
            }
        }
        writePass(CoreSection.U);
        boolean[] flagsU = overRange;
        flagged += pass(t, n, out, flagsU, channelByChannel);
        for (int s = 0; s < n; s++) {
            boolean clippedV = false;
            for (int i = 0; i < k; i++) {
                clippedV |= flagsV[s * k + i];
                out[s * k + i] *= g;
            }
            if (clippedV && overRange != null) {
                Arrays.fill(overRange, s * k, s * k + k, true);
            }
        }
        return flagged;
    }

    /** One atomic write of a pass's mesh phases and signs (and the attenuators: 0 V for V, Σ for U). */
    private void writePass(CoreSection mesh) {
        double[] mv = volts.section(mesh);
        System.arraycopy(mv, 0, passVolts, 0, m);
        int sign = mesh == CoreSection.U ? 0 : 2;
        passVolts[m] = volts.signs()[sign];
        passVolts[m + 1] = volts.signs()[sign + 1];
        if (spec.hasAttenuators()) {
            double[] sv = mesh == CoreSection.U ? volts.sigma() : zeroSigma;
            if (sigmaDac == meshDac) {
                int[] ch = Arrays.copyOf(passChannels, m + 2 + k);
                double[] v = Arrays.copyOf(passVolts, m + 2 + k);
                System.arraycopy(spec.sigmaChannels(), 0, ch, m + 2, k);
                System.arraycopy(sv, 0, v, m + 2, k);
                meshDac.write(ch, v);
            } else {
                meshDac.check(passChannels, passVolts);
                sigmaDac.check(spec.sigmaChannels(), sv);
                meshDac.write(passChannels, passVolts);
                sigmaDac.write(spec.sigmaChannels(), sv);
            }
        } else {
            meshDac.write(passChannels, passVolts);
        }
        passes++;
        if (heaterSettleNanos > 0) {
            settledAt = clock.nanoTime() + heaterSettleNanos;
            settlePending = true;
        }
    }

    private int pass(double[] in, int n, double[] out, boolean[] flags, boolean channelByChannel) {
        if (settlePending) {
            time.waitUntil(settledAt, BenchTime.Category.SETTLE);
            settlePending = false;
        }
        if (!channelByChannel) {
            return fastPath.transform(spec.name(), in, n, out, flags);
        }
        double[] x = new double[k];
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * k, x, 0, k);
            inputDac.check(spec.inputChannels(), x);
        }
        int flagged = 0;
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * k, x, 0, k);
            inputDac.write(spec.inputChannels(), x);
            if (inputSettleNanos > 0) {
                time.waitUntil(clock.nanoTime() + inputSettleNanos, BenchTime.Category.SETTLE);
            }
            DetectorReading y = detector.read(spec.outputChannels());
            System.arraycopy(y.values(), 0, out, s * k, k);
            if (flags != null) {
                System.arraycopy(y.overRange(), 0, flags, s * k, k);
            }
            flagged += y.overRangeCount();
        }
        return flagged;
    }

    private boolean isElectronic(CoreSection s) {
        return s == CoreSection.SIGMA && !spec.hasAttenuators();
    }

    private double voltsFor(CoreSection s, int index, double phase) {
        if (isElectronic(s)) {
            return 0.0;
        }
        return calibration.law(s, index).volts(phase, s.range(), bank(s).channel(channel(s, index)).resolution());
    }

    private DacBank bank(CoreSection s) {
        return s == CoreSection.SIGMA ? sigmaDac : meshDac;
    }

    /** The physical channel of a logical phase: U and V phase i share MZI i; signs 0,1 (U) and 2,3 (V) share two. */
    private int channel(CoreSection s, int index) {
        return switch (s) {
            case U, V -> spec.mziChannels()[index];
            case SIGMA -> spec.sigmaChannels()[index];
            case SIGN -> spec.signChannels()[index % 2];
        };
    }

    private void checkIndex(CoreSection section, int index) {
        int n = phaseCount(section);
        if (index < 0 || index >= n) {
            throw new LabException("mesh '" + spec.name() + "' section " + section + " has no phase " + index
                    + "; expected 0.." + (n - 1));
        }
    }
}
