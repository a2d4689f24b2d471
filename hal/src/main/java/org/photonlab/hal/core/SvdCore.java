package org.photonlab.hal.core;

import java.util.Arrays;
import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.CoreTiming;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.PassiveHeaterControl;
import org.photonlab.hal.time.BenchClock;
import org.photonlab.hal.time.BenchTime;

/**
 * The SVD-form core W = U·diag(cos φ_Σ)·V of a bench's {@link CoreSpec}: U and V Clements meshes on the mesh DAC,
 * k attenuators and four sign shifters on the Σ DAC, k input modulators and k detector channels.
 *
 * <p>Phases go through each heater's {@link HeaterLaw} (after the calibration's {@link CrosstalkCompensation}) to DAC
 * volts and are written through the limit-enforcing {@link DacBank}s, one atomic vector write per bank.
 * {@link #transform} pushes a batch of input vectors through the core: through the backend's
 * {@link BatchCoreTransform} fast path when it has one, otherwise vector by vector by writing the input modulators
 * and reading the detectors. Both give the same readings and flags. With no settle times and the identity
 * compensation (the defaults) no clock is consulted and only the heaters asked for are written.
 *
 * <p>Not thread-safe: one trainer drives a core at a time.
 */
public final class SvdCore implements PhotonicCore {
    private static final List<CoreSection> SECTIONS =
            List.of(CoreSection.U, CoreSection.V, CoreSection.SIGMA, CoreSection.SIGN);

    private final CoreSpec spec;
    private final DacBank meshDac;
    private final DacBank sigmaDac;
    private final DacBank inputDac;
    private final DetectorArray detector;
    private final BatchCoreTransform fastPath;
    private final PassiveHeaterControl passiveControl;
    private final BenchClock clock;
    private final BenchTime time;
    private final long heaterSettleNanos;
    private final long inputSettleNanos;
    private PhaseCalibration calibration;
    /** Each heater's own phase by its law at the written volts. */
    private final CorePhases programmed;
    /** The volts last written to each heater (to re-derive {@link #programmed} under a new calibration). */
    private final CorePhases volts;
    /** The phases last asked for (what a crosstalk compensation solves from). */
    private final CorePhases wanted;
    private boolean settlePending;
    private long settledAt;

    /**
     * @param fastPath       the backend's batch transform for this core, or null
     * @param passiveControl the backend's passive-heater hook, or null
     * @param clock          the bench clock settle waits go through
     */
    public SvdCore(CoreSpec spec, DacBank meshDac, DacBank sigmaDac, DacBank inputDac, DetectorArray detector,
                   BatchCoreTransform fastPath, PassiveHeaterControl passiveControl, BenchClock clock) {
        this(spec, meshDac, sigmaDac, inputDac, detector, fastPath, passiveControl, new BenchTime(clock));
    }

    /**
     * @param fastPath       the backend's batch transform for this core, or null
     * @param passiveControl the backend's passive-heater hook, or null
     * @param time           the bench's time ledger; settle waits go through its clock and are charged to it
     */
    public SvdCore(CoreSpec spec, DacBank meshDac, DacBank sigmaDac, DacBank inputDac, DetectorArray detector,
                   BatchCoreTransform fastPath, PassiveHeaterControl passiveControl, BenchTime time) {
        BenchClock clock = time.clock();
        this.time = time;
        this.spec = spec;
        this.meshDac = meshDac;
        this.sigmaDac = sigmaDac;
        this.inputDac = inputDac;
        this.detector = detector;
        this.fastPath = fastPath;
        this.passiveControl = passiveControl;
        this.clock = clock;
        this.heaterSettleNanos = spec.timing().heaterSettle().toNanos();
        this.inputSettleNanos = spec.timing().inputSettle().toNanos();
        this.calibration = PhaseCalibration.nominal(spec.gamma());
        this.programmed = zeros(spec.size());
        this.volts = zeros(spec.size());
        this.wanted = zeros(spec.size());
    }

    private static CorePhases zeros(int k) {
        int m = CoreSpec.meshPhases(k);
        return new CorePhases(new double[m], new double[m], new double[k], new double[4]);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int size() {
        return spec.size();
    }

    /** The wiring this core was built from. */
    public CoreSpec spec() {
        return spec;
    }

    @Override
    public List<CoreSection> sections() {
        return SECTIONS;
    }

    @Override
    public int phaseCount(CoreSection section) {
        return channels(section).length;
    }

    @Override
    public PhaseCalibration calibration() {
        return calibration;
    }

    @Override
    public void calibrate(PhaseCalibration c) {
        c.checkFits(this);
        calibration = c;
        for (CoreSection s : SECTIONS) {
            double[] v = volts.section(s);
            double[] p = programmed.section(s);
            for (int i = 0; i < v.length; i++) {
                p[i] = c.law(s, i).phase(v[i]);
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
        for (CoreSection s : SECTIONS) {
            checkLength(s, phases.section(s).length);
        }
        for (CoreSection s : SECTIONS) {
            System.arraycopy(phases.section(s), 0, wanted.section(s), 0, phases.section(s).length);
        }
        writeAll(compensated(phases));
        return programmed.copy();
    }

    @Override
    public double[] setPhases(CoreSection section, int[] indices, double[] phases) {
        if (indices.length != phases.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + phases.length + " phases");
        }
        int[] map = channels(section);
        for (int index : indices) {
            if (index < 0 || index >= map.length) {
                throw new LabException("core '" + spec.name() + "' section " + section + " has no phase "
                        + index + "; expected 0.." + (map.length - 1));
            }
        }
        double[] out = new double[indices.length];
        double[] store = programmed.section(section);
        if (!calibration.crosstalk().isIdentity()) {
            // a compensated heater depends on its neighbours' targets: solve and rewrite the whole core
            CorePhases next = wanted.copy();
            for (int i = 0; i < indices.length; i++) {
                next.section(section)[indices[i]] = phases[i];
            }
            program(next);
            for (int i = 0; i < indices.length; i++) {
                out[i] = store[indices[i]];
            }
            return out;
        }
        int[] ch = new int[indices.length];
        double[] v = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            ch[i] = map[indices[i]];
            v[i] = voltsFor(section, indices[i], phases[i]);
        }
        double[] applied = bank(section).write(ch, v);
        markWritten();
        double[] w = wanted.section(section);
        double[] vs = volts.section(section);
        for (int i = 0; i < applied.length; i++) {
            out[i] = calibration.law(section, indices[i]).phase(applied[i]);
            store[indices[i]] = out[i];
            vs[indices[i]] = applied[i];
            w[indices[i]] = phases[i];
        }
        return out;
    }

    /** The phases to hand to the heater laws: {@code phases} through the calibration's compensation. */
    private CorePhases compensated(CorePhases phases) {
        CrosstalkCompensation c = calibration.crosstalk();
        if (c.isIdentity()) {
            return phases;
        }
        int total = 0;
        for (CoreSection s : SECTIONS) {
            total += phases.section(s).length;
        }
        double[] flat = new double[total];
        int off = 0;
        for (CoreSection s : SECTIONS) {
            double[] p = phases.section(s);
            System.arraycopy(p, 0, flat, off, p.length);
            off += p.length;
        }
        double[] solved = new double[total];
        c.compensate(flat, solved);
        CorePhases out = zeros(spec.size());
        off = 0;
        for (CoreSection s : SECTIONS) {
            double[] p = out.section(s);
            System.arraycopy(solved, off, p, 0, p.length);
            off += p.length;
        }
        return out;
    }

    /** One atomic write on the mesh DAC (U and V) and one on the Σ DAC (Σ and signs). */
    private void writeAll(CorePhases phases) {
        int m = phases.u().length;
        int k = spec.size();
        int[] meshCh = new int[2 * m];
        double[] meshV = new double[2 * m];
        for (int i = 0; i < m; i++) {
            meshCh[i] = spec.uChannels()[i];
            meshV[i] = voltsFor(CoreSection.U, i, phases.u()[i]);
            meshCh[m + i] = spec.vChannels()[i];
            meshV[m + i] = voltsFor(CoreSection.V, i, phases.v()[i]);
        }
        int[] sigCh = new int[k + 4];
        double[] sigV = new double[k + 4];
        for (int i = 0; i < k; i++) {
            sigCh[i] = spec.sigmaChannels()[i];
            sigV[i] = voltsFor(CoreSection.SIGMA, i, phases.sigma()[i]);
        }
        for (int i = 0; i < 4; i++) {
            sigCh[k + i] = spec.signChannels()[i];
            sigV[k + i] = voltsFor(CoreSection.SIGN, i, phases.signs()[i]);
        }
        double[] meshApplied;
        double[] sigApplied;
        if (meshDac == sigmaDac) {
            int[] ch = Arrays.copyOf(meshCh, meshCh.length + sigCh.length);
            double[] v = Arrays.copyOf(meshV, meshV.length + sigV.length);
            System.arraycopy(sigCh, 0, ch, meshCh.length, sigCh.length);
            System.arraycopy(sigV, 0, v, meshV.length, sigV.length);
            double[] applied = meshDac.write(ch, v);
            meshApplied = Arrays.copyOf(applied, meshCh.length);
            sigApplied = Arrays.copyOfRange(applied, meshCh.length, applied.length);
        } else {
            // check both banks first so that a refused Σ value leaves the meshes untouched too
            meshDac.check(meshCh, meshV);
            sigmaDac.check(sigCh, sigV);
            meshApplied = meshDac.write(meshCh, meshV);
            sigApplied = sigmaDac.write(sigCh, sigV);
        }
        markWritten();
        System.arraycopy(meshApplied, 0, volts.u(), 0, m);
        System.arraycopy(meshApplied, m, volts.v(), 0, m);
        System.arraycopy(sigApplied, 0, volts.sigma(), 0, k);
        System.arraycopy(sigApplied, k, volts.signs(), 0, 4);
        for (CoreSection s : SECTIONS) {
            double[] v = volts.section(s);
            double[] p = programmed.section(s);
            for (int i = 0; i < v.length; i++) {
                p[i] = calibration.law(s, i).phase(v[i]);
            }
        }
    }

    @Override
    public boolean setPassive(CoreSection section, boolean[] passive) {
        checkLength(section, passive.length);
        if (passiveControl == null) {
            return false;
        }
        passiveControl.setPassive(spec.name(), section, passive.clone());
        return true;
    }

    @Override
    public CorePhases programmed() {
        return programmed.copy();
    }

    @Override
    public double quantizedPhase(CoreSection section, int index, double phase) {
        checkIndex(section, index);
        return calibration.law(section, index).phase(voltsFor(section, index, phase));
    }

    @Override
    public double heaterPower(CoreSection section, int index) {
        checkIndex(section, index);
        double v = calibration.law(section, index).voltsAt(programmed.section(section)[index]);
        return limits(section, index).power(v);
    }

    @Override
    public ChannelLimits limits(CoreSection section, int index) {
        checkIndex(section, index);
        return bank(section).channel(channels(section)[index]).limits();
    }

    @Override
    public int transform(double[] in, int n, double[] out, boolean[] overRange) {
        checkBatch(in, n, out, overRange);
        if (fastPath == null) {
            return transformChannelByChannel(in, n, out, overRange);
        }
        settle();
        return fastPath.transform(spec.name(), in, n, out, overRange);
    }

    @Override
    public int transformChannelByChannel(double[] in, int n, double[] out, boolean[] overRange) {
        checkBatch(in, n, out, overRange);
        int k = spec.size();
        double[] x = new double[k];
        // the whole batch first: a bad value in a later vector must not leave the earlier ones written
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * k, x, 0, k);
            inputDac.check(spec.inputChannels(), x);
        }
        settle();
        int flagged = 0;
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * k, x, 0, k);
            inputDac.write(spec.inputChannels(), x);
            if (inputSettleNanos > 0) {
                time.waitUntil(clock.nanoTime() + inputSettleNanos, BenchTime.Category.SETTLE);
            }
            DetectorReading y = detector.read(spec.outputChannels());
            System.arraycopy(y.values(), 0, out, s * k, k);
            if (overRange != null) {
                System.arraycopy(y.overRange(), 0, overRange, s * k, k);
            }
            flagged += y.overRangeCount();
        }
        return flagged;
    }

    /** A heater write happened: the next reading waits for the heaters to settle. */
    private void markWritten() {
        if (heaterSettleNanos > 0) {
            settledAt = clock.nanoTime() + heaterSettleNanos;
            settlePending = true;
        }
    }

    private void settle() {
        if (settlePending) {
            time.waitUntil(settledAt, BenchTime.Category.SETTLE);
            settlePending = false;
        }
    }

    private void checkBatch(double[] in, int n, double[] out, boolean[] overRange) {
        int len = n * spec.size();
        if (n < 0 || in.length < len || out.length < len || (overRange != null && overRange.length < len)) {
            throw new IllegalArgumentException("core '" + spec.name() + "': batch of " + n + " vectors of "
                    + spec.size() + " needs arrays of " + len + ", got in " + in.length + ", out " + out.length
                    + (overRange == null ? "" : ", flags " + overRange.length));
        }
    }

    private double voltsFor(CoreSection section, int index, double phase) {
        DacBank bank = bank(section);
        return calibration.law(section, index).volts(phase, section.range(),
                bank.channel(channels(section)[index]).resolution());
    }

    private DacBank bank(CoreSection section) {
        return section == CoreSection.U || section == CoreSection.V ? meshDac : sigmaDac;
    }

    private int[] channels(CoreSection section) {
        return switch (section) {
            case U -> spec.uChannels();
            case V -> spec.vChannels();
            case SIGMA -> spec.sigmaChannels();
            case SIGN -> spec.signChannels();
        };
    }

    private void checkIndex(CoreSection section, int index) {
        int n = channels(section).length;
        if (index < 0 || index >= n) {
            throw new LabException("core '" + spec.name() + "' section " + section + " has no phase " + index
                    + "; expected 0.." + (n - 1));
        }
    }

    private void checkLength(CoreSection s, int n) {
        int expected = channels(s).length;
        if (n != expected) {
            throw new LabException("core '" + spec.name() + "' section " + s + " needs " + expected + " phases, got "
                    + n);
        }
    }
}
