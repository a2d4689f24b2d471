package org.photonlab.hal.core;

import java.util.List;
import org.photonlab.hal.bench.CoreTiming;
import org.photonlab.hal.dac.ChannelLimits;

/**
 * One k×k photonic tensor core as the trainer sees it: phases in, outputs out. The trainer never sees channel
 * numbers or volts; how phases become volts is the core's {@link PhaseCalibration} (a {@link HeaterLaw} per heater
 * and a {@link CrosstalkCompensation}), and every write goes through the limit-enforcing DAC banks.
 *
 * <p>A core is made of sections of heaters ({@link #sections()}). {@link SvdCore}, the shape of every bench core
 * today, is W = U·diag(σ)·V with sections U, V, Σ and four sign shifters; other shapes (a single k×k Clements
 * unitary mesh, run as V-pass, Σ, U-pass) implement this contract with their own sections, and
 * {@link #program(CorePhases)}, which takes the SVD form, is refused by a core that does not have those sections.
 *
 * <p>Readings: {@link #transform} pushes a batch of input vectors through the core and counts readings that were
 * over range (saturated detector or ADC), flagging them when asked. Between a heater write and the next reading the
 * core waits its {@link CoreTiming#heaterSettle()} on the bench clock.
 *
 * <p>Thread rules: not thread-safe; one trainer drives a core at a time. Different cores of a bench may be driven
 * from different threads at once when the backend serves them independently.
 */
public interface PhotonicCore {
    /** Name in the bench description. */
    String name();

    /** k, the number of inputs and outputs. */
    int size();

    /** The heater sections of this core, in the order that flat heater indices follow. */
    List<CoreSection> sections();

    /** Heaters (phases) in {@code section}; throws for a section this core does not have. */
    int phaseCount(CoreSection section);

    /** The calibration phases are programmed through (initially the nominal law of the bench's core spec). */
    PhaseCalibration calibration();

    /**
     * Replaces the calibration phases are programmed through, from the next write on (the current setpoints stay).
     *
     * @throws org.photonlab.hal.LabException when it lacks a heater law for some heater of this core
     */
    void calibrate(PhaseCalibration calibration);

    /** Settle times this core waits between writes and reads. */
    CoreTiming timing();

    /**
     * Programs every phase of the core in one atomic write per DAC bank (a refused value anywhere leaves every bank
     * untouched). Returns the phases as programmed: what each heater's law gives at the written volts, after range
     * reduction, DAC rounding and crosstalk compensation. Not modified: {@code phases}.
     */
    CorePhases program(CorePhases phases);

    /**
     * Sets some phases of one section in one atomic write; returns the phases as programmed (as {@link #program}).
     * With a crosstalk compensation other heaters of the core are rewritten too. Not modified: {@code indices},
     * {@code phases}.
     */
    double[] setPhases(CoreSection section, int[] indices, double[] phases);

    /** Sets one phase; returns the phase as programmed. */
    default double setPhase(CoreSection section, int index, double phase) {
        return setPhases(section, new int[] {index}, new double[] {phase})[0];
    }

    /** The phases as last programmed through this core (each heater's own phase by its law). */
    CorePhases programmed();

    /** The programmed phase a request of {@code phase} on heater {@code index} of {@code section} would give. */
    double quantizedPhase(CoreSection section, int index, double phase);

    /** Electrical power of one heater at its current setpoint, W (V²/R of its channel). */
    double heaterPower(CoreSection section, int index);

    /** The limits of the DAC channel driving heater {@code index} of {@code section} (each heater may have its own). */
    ChannelLimits limits(CoreSection section, int index);

    /**
     * Declares which shifters of {@code section} are passive (non-volatile), for backends that model it; returns
     * false when the backend does not. Not modified: {@code passive}.
     */
    boolean setPassive(CoreSection section, boolean[] passive);

    /** Whether {@link #transform} uses the backend's batched fast path. */
    boolean hasFastPath();

    /**
     * Pushes {@code n} input vectors (row-major {@code n × k} amplitudes, not modified) through the core and writes
     * the {@code n × k} detector readings into {@code out}; when {@code overRange} is not null its first n·k entries
     * are set to whether each reading was over range. Returns how many were.
     */
    int transform(double[] in, int n, double[] out, boolean[] overRange);

    /** {@link #transform(double[], int, double[], boolean[])} without flags. */
    default void transform(double[] in, int n, double[] out) {
        transform(in, n, out, null);
    }

    /** Like {@link #transform}, always vector by vector through the input modulators and the detectors. */
    int transformChannelByChannel(double[] in, int n, double[] out, boolean[] overRange);

    /** {@link #transformChannelByChannel(double[], int, double[], boolean[])} without flags. */
    default void transformChannelByChannel(double[] in, int n, double[] out) {
        transformChannelByChannel(in, n, out, null);
    }
}
