package org.photonlab.simulator.chip;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.LimitViolationException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.dac.OutputCheck;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.PassiveHeaterControl;
import org.photonlab.hal.time.BenchClock;
import org.photonlab.hal.time.VirtualClock;
import org.photonlab.hal.unitary.UnitaryMeshSpec;

/**
 * The {@code sim} backend for one open bench: simulated DACs and detectors wired to one {@link CoreModel} per core
 * of the description whose four devices (mesh DAC, Σ DAC, input DAC, detector) this backend serves. Physics switches
 * come from {@link ChipPhysicsConfig#from}; see {@code docs/chip-model.md}.
 *
 * <p>{@link #transform} (the {@link BatchCoreTransform} fast path) gives exactly the readings of writing the core's
 * input modulators and reading its detectors vector by vector: it applies the input channels' limits and DAC law,
 * uses the same cached W and the same per-output arithmetic, and draws detector noise from the same stream in the
 * same order. It does not leave the last vector on the modulators.
 *
 * <p>Thread-safety: every core has its own monitor; calls on different cores may run in parallel, calls on one core
 * are serialised. Readings with detector noise depend on the order of calls on that core.
 */
public final class SimChipBackend implements Backend, BatchCoreTransform, PassiveHeaterControl {
    private final ChipPhysicsConfig config;
    private final Map<String, SimDacDevice> dacs = new LinkedHashMap<>();
    private final Map<String, SimDetectorDevice> detectors = new LinkedHashMap<>();
    private final Map<String, CoreModel> cores = new LinkedHashMap<>();
    private final Map<String, InputLaw> inputs = new LinkedHashMap<>();
    private final Map<String, Readout> readouts = new LinkedHashMap<>();
    /** Virtual bench time: settle waits, link commands and acquisitions advance it instead of taking wall time. */
    private final VirtualClock clock = new VirtualClock();

    /** Opens the given devices of {@code bench} (all served by {@code sim}); projector devices are ignored. */
    public SimChipBackend(BenchDescription bench, List<DeviceSpec> devices) {
        this.config = ChipPhysicsConfig.from(bench.physics());
        Map<String, DeviceSpec> served = new LinkedHashMap<>();
        for (DeviceSpec d : devices) {
            served.put(d.name(), d);
            if (d.kind() == DeviceKind.DAC) {
                dacs.put(d.name(), new SimDacDevice(d.name(), d.channels()));
            } else if (d.kind() == DeviceKind.DETECTOR) {
                detectors.put(d.name(), new SimDetectorDevice(d.name(), d.channels(),
                        new Readout(d.unit(), d.adc(), config.shotNoise(), config.readNoise())));
            }
        }
        Map<Integer, MeshCrosstalk> stencils = new LinkedHashMap<>();
        List<CoreSpec> all = bench.cores();
        for (int n = 0; n < all.size(); n++) {
            CoreSpec c = all.get(n);
            if (!(dacs.containsKey(c.dac()) && dacs.containsKey(c.sigmaDac()) && dacs.containsKey(c.inputDac())
                    && detectors.containsKey(c.detector()))) {
                continue; // a core wired partly to another backend cannot be simulated here
            }
            MeshCrosstalk xt = stencils.computeIfAbsent(c.size(), MeshCrosstalk::new);
            CoreModel model = new CoreModel(c.name(), n, c.size(), c.gamma(), config, xt,
                    served.get(c.dac()).limits().loadOhms(), served.get(c.sigmaDac()).limits().loadOhms());
            cores.put(c.name(), model);
            wire(dacs.get(c.dac()), c.uChannels(), model, CoreSection.U);
            wire(dacs.get(c.dac()), c.vChannels(), model, CoreSection.V);
            wire(dacs.get(c.sigmaDac()), c.sigmaChannels(), model, CoreSection.SIGMA);
            wire(dacs.get(c.sigmaDac()), c.signChannels(), model, CoreSection.SIGN);
            wire(dacs.get(c.inputDac()), c.inputChannels(), model, null);
            SimDetectorDevice det = detectors.get(c.detector());
            for (int i = 0; i < c.size(); i++) {
                det.wire(c.outputChannels()[i], model, i);
            }
            inputs.put(c.name(), new InputLaw(served.get(c.inputDac()), c.inputChannels()));
            readouts.put(c.name(), det.readout());
        }
        List<UnitaryMeshSpec> meshes = bench.meshes();
        for (int j = 0; j < meshes.size(); j++) {
            UnitaryMeshSpec c = meshes.get(j);
            if (!(dacs.containsKey(c.dac()) && dacs.containsKey(c.inputDac()) && detectors.containsKey(c.detector())
                    && (!c.hasAttenuators() || dacs.containsKey(c.sigmaDac())))) {
                continue;
            }
            // light path: modulators, Σ column (or none), one mesh; the mesh is the model's U, its V stays identity
            MeshCrosstalk xt = stencils.computeIfAbsent(c.size(), MeshCrosstalk::new);
            double sigmaOhms = c.hasAttenuators() ? served.get(c.sigmaDac()).limits().loadOhms()
                    : Double.POSITIVE_INFINITY;
            CoreModel model = new CoreModel(c.name(), all.size() + j, c.size(), c.gamma(), config, xt,
                    served.get(c.dac()).limits().loadOhms(), sigmaOhms, false);
            cores.put(c.name(), model);
            wire(dacs.get(c.dac()), c.mziChannels(), model, CoreSection.U);
            wire(dacs.get(c.dac()), c.signChannels(), model, CoreSection.SIGN);
            if (c.hasAttenuators()) {
                wire(dacs.get(c.sigmaDac()), c.sigmaChannels(), model, CoreSection.SIGMA);
            }
            wire(dacs.get(c.inputDac()), c.inputChannels(), model, null);
            SimDetectorDevice det = detectors.get(c.detector());
            for (int i = 0; i < c.size(); i++) {
                det.wire(c.outputChannels()[i], model, i);
            }
            inputs.put(c.name(), new InputLaw(served.get(c.inputDac()), c.inputChannels()));
            readouts.put(c.name(), det.readout());
        }
    }

    private static void wire(SimDacDevice dac, int[] channels, CoreModel model, CoreSection section) {
        for (int i = 0; i < channels.length; i++) {
            dac.wire(channels[i], model, section, i);
        }
    }

    /** The physics switches in force. */
    public ChipPhysicsConfig config() {
        return config;
    }

    /** Offers the simulator's {@link VirtualClock} as the bench clock besides the interfaces it implements. */
    @Override
    public <T> Optional<T> capability(Class<T> type) {
        if (type == BenchClock.class) {
            return Optional.of(type.cast(clock));
        }
        return Backend.super.capability(type);
    }

    @Override
    public Optional<DacDevice> dac(String device) {
        return Optional.ofNullable(dacs.get(device));
    }

    @Override
    public Optional<DetectorDevice> detector(String device) {
        return Optional.ofNullable(detectors.get(device));
    }

    @Override
    public boolean deterministicReadout() {
        return config.deterministicReadout();
    }

    /**
     * Pushes {@code n} input vectors through core {@code core}: out[s·k + i] = readout(Σ_l W_il·q(in[s·k + l])),
     * q the input DAC law, flagging readings whose signal lies outside the ADC's range. Not modified: {@code in}
     * (unless it is {@code out}). Modified: {@code out}, {@code overRange}. Allocation-free.
     */
    @Override
    public int transform(String core, double[] in, int n, double[] out, boolean[] overRange) {
        CoreModel model = model(core);
        InputLaw law = inputs.get(core);
        Readout readout = readouts.get(core);
        int k = model.k;
        int flagged = 0;
        if (overRange != null) {
            Arrays.fill(overRange, 0, n * k, false);
        }
        synchronized (model) {
            law.check(in, n * k);
            model.ensureBuilt();
            if (law.analog && in != out) {
                model.outputsBatch(in, 0, n, out, 0);
            } else {
                for (int s = 0; s < n; s++) {
                    // quantize the inputs (or copy them when the caller reuses one array for in and out)
                    int off = s * k;
                    double[] x = law.scratch;
                    for (int l = 0; l < k; l++) {
                        x[l] = law.analog ? in[off + l] : law.resolution.quantize(in[off + l]);
                    }
                    model.outputs(x, 0, out, off);
                }
            }
            if (!readout.isIdentity()) {
                // noise drawn in the order of reading vector by vector: sample s, then output i
                for (int i = 0; i < n * k; i++) {
                    double a = readout.analog(out[i], model.readoutRng);
                    if (readout.overRange(a)) {
                        flagged++;
                        if (overRange != null) {
                            overRange[i] = true;
                        }
                    }
                    out[i] = readout.convert(a);
                }
            }
        }
        return flagged;
    }

    @Override
    public void setPassive(String core, CoreSection section, boolean[] passive) {
        CoreModel model = model(core);
        int expected = section == CoreSection.SIGMA ? model.k : section == CoreSection.SIGN ? 4
                : ClementsMesh.phaseCount(model.k);
        if (passive.length != expected) {
            throw new LabException("core '" + core + "' section " + section + " has " + expected
                    + " shifters, got a mask of " + passive.length);
        }
        model.setPassive(section, passive);
    }

    /** Static electrical power of the active heaters of one section of a core, W (Σ V²/R; passive ones cost 0). */
    public double heaterPower(String core, CoreSection section) {
        return model(core).power(section);
    }

    /** Static electrical power of every active heater of a core (U, V, Σ and signs), W. */
    public double heaterPower(String core) {
        CoreModel m = model(core);
        double p = 0;
        for (CoreSection s : CoreSection.values()) {
            p += m.power(s);
        }
        return p;
    }

    /** Static electrical power of every active heater of the chip, W. */
    public double totalHeaterPower() {
        double p = 0;
        for (String c : cores.keySet()) {
            p += heaterPower(c);
        }
        return p;
    }

    /** Names of the simulated cores, in declaration order. */
    public List<String> coreNames() {
        return List.copyOf(cores.keySet());
    }

    /** The current noisy transfer matrix of a core (k×k, row-major copy), for reports and tests. */
    public double[] transferMatrix(String core) {
        return model(core).matrix();
    }

    /** The effective phases of the U or V mesh of a core, after drift, crosstalk and bias (copy), rad. */
    public double[] effectivePhases(String core, CoreSection section) {
        return model(core).effectivePhases(section);
    }

    /** The device truth γ' of a section's heaters (copy), rad/V². */
    public double[] gammas(String core, CoreSection section) {
        return model(core).gammas(section);
    }

    /** The phase bias of the U or V mesh (copy; zeros when the bias is off), rad. */
    public double[] phaseBias(String core, CoreSection section) {
        return model(core).bias(section);
    }

    /**
     * Test and study hook: replaces the sampled γ' of a section's heaters with given values (for example a reference
     * vector's). Not modified: {@code gammas}.
     */
    public void injectGammas(String core, CoreSection section, double[] gammas) {
        CoreModel m = model(core);
        checkLength(section, m, gammas.length);
        m.setGammas(section, gammas);
    }

    /** Test and study hook: replaces the phase bias of the U or V mesh. Not modified: {@code bias}. */
    public void injectPhaseBias(String core, CoreSection section, double[] bias) {
        CoreModel m = model(core);
        checkLength(section, m, bias.length);
        m.setBias(section, bias);
    }

    private static void checkLength(CoreSection section, CoreModel m, int n) {
        int expected = section == CoreSection.SIGMA ? m.k : section == CoreSection.SIGN ? 4
                : ClementsMesh.phaseCount(m.k);
        if (n != expected) {
            throw new IllegalArgumentException(section + " of core '" + m.name + "' has " + expected
                    + " heaters, got " + n + " values");
        }
    }

    private CoreModel model(String core) {
        CoreModel m = cores.get(core);
        if (m == null) {
            throw new BenchConfigException("the sim backend does not simulate a core '" + core + "'; it has "
                    + cores.keySet());
        }
        return m;
    }

    @Override
    public void close() {
        // in-process: nothing to release
    }

    /** The input modulators' limits and DAC law, applied by the batch path as the HAL would on a write. */
    private static final class InputLaw {
        final String device;
        final int[] channels;
        final ChannelLimits[] limits;
        final DacResolution resolution;
        final boolean analog;
        final double[] scratch;
        /** Per channel: the smallest value of a batch at [l], the largest at [k + l]. */
        final double[] extremes;
        /** Channel names for refusals, built once (not per checked batch). */
        final String[] ids;

        InputLaw(DeviceSpec spec, int[] channels) {
            this.device = spec.name();
            this.channels = channels.clone();
            this.limits = new ChannelLimits[channels.length];
            for (int i = 0; i < channels.length; i++) {
                limits[i] = spec.limits(channels[i]);
            }
            this.resolution = spec.resolution();
            this.analog = resolution.isAnalog();
            this.scratch = new double[channels.length];
            this.extremes = new double[2 * channels.length];
            this.ids = new String[channels.length];
            for (int i = 0; i < channels.length; i++) {
                ids[i] = device + "[" + channels[i] + "]";
            }
        }

        /**
         * Refuses exactly what checking every value with {@link OutputCheck#output} would refuse, with the same
         * exception for the first refused value. Fast: a channel's limits, its power cap (V² grows with |V|), its
         * DAC code (monotone in V) and the rounded value are each monotone or an interval in V, so when the
         * smallest and largest value of every channel pass, every value between passes; only when one fails (or
         * is NaN) are the values checked one by one, in order.
         */
        void check(double[] in, int len) {
            int k = channels.length;
            double[] lo = extremes;
            for (int l = 0; l < k; l++) {
                lo[l] = Double.POSITIVE_INFINITY;
                lo[k + l] = Double.NEGATIVE_INFINITY;
            }
            boolean nan = false;
            for (int off = 0; off < len; off += k) {
                for (int l = 0; l < k; l++) {
                    double v = in[off + l];
                    nan |= v != v;
                    lo[l] = Math.min(lo[l], v);
                    lo[k + l] = Math.max(lo[k + l], v);
                }
            }
            if (!nan && len > 0 && extremesPass(lo, k)) {
                return;
            }
            for (int off = 0; off < len; off += k) {
                for (int l = 0; l < k; l++) {
                    // the same check as every DAC bank's write: limits, full scale, the rounded value
                    OutputCheck.output(id(l), limits[l], resolution, in[off + l]);
                }
            }
        }

        private boolean extremesPass(double[] ext, int k) {
            try {
                for (int l = 0; l < k; l++) {
                    OutputCheck.output(id(l), limits[l], resolution, ext[l]);
                    OutputCheck.output(id(l), limits[l], resolution, ext[k + l]);
                }
                return true;
            } catch (LimitViolationException e) {
                return false; // found again, with the first offending value, by the full scan
            }
        }

        private String id(int l) {
            return ids[l];
        }
    }
}
