package org.photonlab.hal.core;

import java.util.Arrays;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.PassiveHeaterControl;

/**
 * One k×k photonic tensor core as the trainer sees it: phases in, outputs out.
 *
 * <p>Phases go through each heater's {@link PhaseCalibration} to DAC volts and are written through the
 * limit-enforcing {@link DacBank}s, one atomic vector write per bank. {@link #transform} pushes a batch of input
 * vectors through the core: through the backend's {@link BatchCoreTransform} fast path when it has one, otherwise
 * vector by vector by writing the input modulators and reading the detectors. Both give the same readings.
 *
 * <p>Not thread-safe: one trainer drives a core at a time.
 */
public final class PhotonicCore {
    private final CoreSpec spec;
    private final DacBank meshDac;
    private final DacBank sigmaDac;
    private final DacBank inputDac;
    private final DetectorArray detector;
    private final BatchCoreTransform fastPath;
    private final PassiveHeaterControl passiveControl;
    private final PhaseCalibration calibration;
    private final CorePhases programmed;

    public PhotonicCore(CoreSpec spec, DacBank meshDac, DacBank sigmaDac, DacBank inputDac, DetectorArray detector,
                        BatchCoreTransform fastPath, PassiveHeaterControl passiveControl) {
        this.spec = spec;
        this.meshDac = meshDac;
        this.sigmaDac = sigmaDac;
        this.inputDac = inputDac;
        this.detector = detector;
        this.fastPath = fastPath;
        this.passiveControl = passiveControl;
        this.calibration = new PhaseCalibration(spec.gamma());
        int m = CoreSpec.meshPhases(spec.size());
        this.programmed = new CorePhases(new double[m], new double[m], new double[spec.size()], new double[4]);
    }

    public String name() {
        return spec.name();
    }

    /** k, the number of inputs and outputs. */
    public int size() {
        return spec.size();
    }

    public CoreSpec spec() {
        return spec;
    }

    public PhaseCalibration calibration() {
        return calibration;
    }

    /** Whether {@link #transform} uses the backend's batched fast path. */
    public boolean hasFastPath() {
        return fastPath != null;
    }

    /**
     * Programs every phase of the core: one atomic write on the mesh DAC (U and V) and one on the Σ DAC (Σ and
     * signs). Returns the phases as programmed (after range reduction and DAC rounding, by the nominal calibration).
     */
    public CorePhases program(CorePhases phases) {
        checkLength(CoreSection.U, phases.u().length);
        checkLength(CoreSection.V, phases.v().length);
        checkLength(CoreSection.SIGMA, phases.sigma().length);
        checkLength(CoreSection.SIGN, phases.signs().length);
        int m = phases.u().length;
        int k = spec.size();
        int[] meshCh = new int[2 * m];
        double[] meshV = new double[2 * m];
        for (int i = 0; i < m; i++) {
            meshCh[i] = spec.uChannels()[i];
            meshV[i] = volts(CoreSection.U, phases.u()[i]);
            meshCh[m + i] = spec.vChannels()[i];
            meshV[m + i] = volts(CoreSection.V, phases.v()[i]);
        }
        int[] sigCh = new int[k + 4];
        double[] sigV = new double[k + 4];
        for (int i = 0; i < k; i++) {
            sigCh[i] = spec.sigmaChannels()[i];
            sigV[i] = volts(CoreSection.SIGMA, phases.sigma()[i]);
        }
        for (int i = 0; i < 4; i++) {
            sigCh[k + i] = spec.signChannels()[i];
            sigV[k + i] = volts(CoreSection.SIGN, phases.signs()[i]);
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
        for (int i = 0; i < m; i++) {
            programmed.u()[i] = calibration.phase(meshApplied[i]);
            programmed.v()[i] = calibration.phase(meshApplied[m + i]);
        }
        for (int i = 0; i < k; i++) {
            programmed.sigma()[i] = calibration.phase(sigApplied[i]);
        }
        for (int i = 0; i < 4; i++) {
            programmed.signs()[i] = calibration.phase(sigApplied[k + i]);
        }
        return programmed.copy();
    }

    /**
     * Sets some phases of one section in one atomic write; returns the phases as programmed.
     * Not modified: {@code indices}, {@code phases}.
     */
    public double[] setPhases(CoreSection section, int[] indices, double[] phases) {
        if (indices.length != phases.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + phases.length + " phases");
        }
        int[] map = channels(section);
        int[] ch = new int[indices.length];
        double[] v = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= map.length) {
                throw new LabException("core '" + spec.name() + "' section " + section + " has no phase "
                        + indices[i] + "; expected 0.." + (map.length - 1));
            }
            ch[i] = map[indices[i]];
            v[i] = volts(section, phases[i]);
        }
        double[] applied = bank(section).write(ch, v);
        double[] out = new double[applied.length];
        double[] store = programmed.section(section);
        for (int i = 0; i < applied.length; i++) {
            out[i] = calibration.phase(applied[i]);
            store[indices[i]] = out[i];
        }
        return out;
    }

    /** Sets one phase; returns the phase as programmed. */
    public double setPhase(CoreSection section, int index, double phase) {
        return setPhases(section, new int[] {index}, new double[] {phase})[0];
    }

    /**
     * Declares which shifters of {@code section} are passive (non-volatile), for backends that model it; returns
     * false when the backend does not. Not modified: {@code passive}.
     */
    public boolean setPassive(CoreSection section, boolean[] passive) {
        checkLength(section, passive.length);
        if (passiveControl == null) {
            return false;
        }
        passiveControl.setPassive(spec.name(), section, passive.clone());
        return true;
    }

    /** The phases as last programmed through this core (by the nominal calibration). */
    public CorePhases programmed() {
        return programmed.copy();
    }

    /** The programmed phase a request of {@code phase} would give, without writing. */
    public double quantizedPhase(CoreSection section, double phase) {
        return calibration.phase(volts(section, phase));
    }

    /** Electrical power of one heater at its current setpoint, W (V²/R of its channel). */
    public double heaterPower(CoreSection section, int index) {
        DacBank bank = bank(section);
        int ch = channels(section)[index];
        double v = Math.sqrt(programmed.section(section)[index] / calibration.gamma());
        return bank.channel(ch).limits().power(v);
    }

    /**
     * Pushes {@code n} input vectors (row-major {@code n × k} amplitudes, not modified) through the core and writes
     * the {@code n × k} detector readings into {@code out}.
     */
    public void transform(double[] in, int n, double[] out) {
        checkBatch(in, n, out);
        if (fastPath != null) {
            fastPath.transform(spec.name(), in, n, out);
        } else {
            transformChannelByChannel(in, n, out);
        }
    }

    /** Like {@link #transform}, always vector by vector through the input modulators and the detectors. */
    public void transformChannelByChannel(double[] in, int n, double[] out) {
        checkBatch(in, n, out);
        int k = spec.size();
        double[] x = new double[k];
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * k, x, 0, k);
            inputDac.write(spec.inputChannels(), x);
            double[] y = detector.read(spec.outputChannels());
            System.arraycopy(y, 0, out, s * k, k);
        }
    }

    private void checkBatch(double[] in, int n, double[] out) {
        int len = n * spec.size();
        if (n < 0 || in.length < len || out.length < len) {
            throw new IllegalArgumentException("core '" + spec.name() + "': batch of " + n + " vectors of "
                    + spec.size() + " needs arrays of " + len + ", got in " + in.length + ", out " + out.length);
        }
    }

    private double volts(CoreSection section, double phase) {
        DacBank bank = bank(section);
        return calibration.volts(phase, section.range(), bank.channel(channels(section)[0]).resolution());
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

    private void checkLength(CoreSection s, int n) {
        int expected = channels(s).length;
        if (n != expected) {
            throw new LabException("core '" + spec.name() + "' section " + s + " needs " + expected + " phases, got "
                    + n);
        }
    }
}
