package org.photonlab.training.chip;

import java.util.List;
import org.photonlab.hal.bench.CoreTiming;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhaseCalibration;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.dac.ChannelLimits;

/**
 * One weight block time-multiplexed onto a physical core that also carries other blocks: the block's own target
 * phases, written to the physical core only when the block is transformed and the core holds something else (or a
 * stale copy of this block). So a programmed block serves a whole batch of vectors before the next block is written,
 * and a block whose phases change while another block is loaded costs no write until it is needed.
 *
 * <p>While this block is loaded, {@link #setPhases} writes through (one heater write, as on a dedicated core).
 * While it is not, {@link #program}/{@link #setPhases} only record the targets and return the phases the heaters'
 * laws would give ({@link PhotonicCore#quantizedPhase}, exact with the identity crosstalk compensation; the next load
 * replaces them with what the core reports). Heaters of a multiplexed core are rewritten in turn, so none can be
 * passive (non-volatile): {@link #setPassive} declines.
 *
 * <p>Not thread-safe; every block on one physical core must be driven from one thread.
 */
final class MultiplexedCore implements PhotonicCore {
    /** A physical core and which block it holds now. Shared by the blocks assigned to it. */
    static final class Slot {
        final PhotonicCore physical;
        private MultiplexedCore loaded;
        private long reprograms;

        Slot(PhotonicCore physical) {
            this.physical = physical;
        }

        /** Whole-core writes of one block's phases (every load, the first ones included). */
        long reprograms() {
            return reprograms;
        }
    }

    private final Slot slot;
    private final String name;
    private final CorePhases wanted;
    private CorePhases asProgrammed;
    private boolean stale = true;

    MultiplexedCore(Slot slot, String name) {
        this.slot = slot;
        this.name = name;
        int k = slot.physical.size();
        int m = slot.physical.phaseCount(CoreSection.U);
        this.wanted = new CorePhases(new double[m], new double[m], new double[k], new double[4]);
        this.asProgrammed = wanted.copy();
    }

    /** Writes this block's phases to the physical core unless it already holds them. */
    private void load() {
        if (slot.loaded == this && !stale) {
            return;
        }
        asProgrammed = slot.physical.program(wanted);
        slot.loaded = this;
        slot.reprograms++;
        stale = false;
    }

    /** The physical core this block shares. */
    PhotonicCore physical() {
        return slot.physical;
    }

    private boolean isLoaded() {
        return slot.loaded == this && !stale;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return slot.physical.size();
    }

    @Override
    public List<CoreSection> sections() {
        return slot.physical.sections();
    }

    @Override
    public int phaseCount(CoreSection section) {
        return slot.physical.phaseCount(section);
    }

    @Override
    public PhaseCalibration calibration() {
        return slot.physical.calibration();
    }

    @Override
    public void calibrate(PhaseCalibration calibration) {
        slot.physical.calibrate(calibration);
        stale = true; // the as-programmed phases of this block follow from the next load under the new laws
    }

    @Override
    public CoreTiming timing() {
        return slot.physical.timing();
    }

    @Override
    public CorePhases program(CorePhases phases) {
        for (CoreSection s : CoreSection.values()) {
            double[] src = phases.section(s);
            if (src.length != wanted.section(s).length) {
                throw new IllegalArgumentException("block " + name + " section " + s + " needs "
                        + wanted.section(s).length + " phases, got " + src.length);
            }
            System.arraycopy(src, 0, wanted.section(s), 0, src.length);
        }
        if (slot.loaded == this) {
            asProgrammed = slot.physical.program(wanted);
            slot.reprograms++;
            stale = false;
            return asProgrammed.copy();
        }
        stale = true;
        for (CoreSection s : CoreSection.values()) {
            double[] w = wanted.section(s);
            double[] p = asProgrammed.section(s);
            for (int i = 0; i < w.length; i++) {
                p[i] = slot.physical.quantizedPhase(s, i, w[i]);
            }
        }
        return asProgrammed.copy();
    }

    @Override
    public double[] setPhases(CoreSection section, int[] indices, double[] phases) {
        if (indices.length != phases.length) {
            throw new IllegalArgumentException(indices.length + " indices but " + phases.length + " phases");
        }
        double[] w = wanted.section(section);
        double[] p = asProgrammed.section(section);
        if (isLoaded()) {
            double[] out = slot.physical.setPhases(section, indices, phases);
            for (int i = 0; i < indices.length; i++) {
                w[indices[i]] = phases[i];
                p[indices[i]] = out[i];
            }
            if (!calibration().crosstalk().isIdentity()) {
                asProgrammed = slot.physical.programmed(); // a compensated write rewrote other heaters too
            }
            return out;
        }
        double[] out = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            out[i] = slot.physical.quantizedPhase(section, indices[i], phases[i]); // checks the index
            w[indices[i]] = phases[i];
            p[indices[i]] = out[i];
        }
        stale = true;
        return out;
    }

    @Override
    public CorePhases programmed() {
        return asProgrammed.copy();
    }

    @Override
    public double quantizedPhase(CoreSection section, int index, double phase) {
        return slot.physical.quantizedPhase(section, index, phase);
    }

    /** The power the heater draws while this block is loaded, W. */
    @Override
    public double heaterPower(CoreSection section, int index) {
        double v = calibration().law(section, index).voltsAt(asProgrammed.section(section)[index]);
        return limits(section, index).power(v);
    }

    @Override
    public ChannelLimits limits(CoreSection section, int index) {
        return slot.physical.limits(section, index);
    }

    @Override
    public boolean setPassive(CoreSection section, boolean[] passive) {
        return false;
    }

    @Override
    public boolean hasFastPath() {
        return slot.physical.hasFastPath();
    }

    @Override
    public int transform(double[] in, int n, double[] out, boolean[] overRange) {
        load();
        return slot.physical.transform(in, n, out, overRange);
    }

    @Override
    public int transformChannelByChannel(double[] in, int n, double[] out, boolean[] overRange) {
        load();
        return slot.physical.transformChannelByChannel(in, n, out, overRange);
    }
}
