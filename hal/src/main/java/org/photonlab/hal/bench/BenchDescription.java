package org.photonlab.hal.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.unitary.UnitaryMeshSpec;

/**
 * An immutable, validated bench: its devices, its mesh cores and the settings of simulated physics.
 * Build it in code with {@link #builder(String)} or load it from a bench file with {@code org.photonlab.benchfile.BenchYaml}.
 *
 * @param name    bench name, recorded in run records
 * @param devices devices by name, in declaration order
 * @param cores   mesh cores, in declaration order
 * @param physics settings for simulated devices (read by the simulator backend; empty for a real bench)
 * @param powerBudgetWatts the bench's total heater-power budget (thermal load), W: the sum of V²/R over every DAC
 *                         channel with a load may never exceed it ({@code +Infinity}: no budget)
 * @param meshes  unitary-mesh cores ({@code shape: unitary} in a bench file), in declaration order, after
 *                {@code cores} in {@code Bench.cores()}
 */
public record BenchDescription(String name, Map<String, DeviceSpec> devices, List<CoreSpec> cores,
                               Map<String, Object> physics, double powerBudgetWatts, List<UnitaryMeshSpec> meshes) {

    public BenchDescription {
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
        cores = List.copyOf(cores);
        physics = Collections.unmodifiableMap(new LinkedHashMap<>(physics));
        meshes = meshes == null ? List.of() : List.copyOf(meshes);
    }

    /** A bench of SVD cores only. */
    public BenchDescription(String name, Map<String, DeviceSpec> devices, List<CoreSpec> cores,
                            Map<String, Object> physics, double powerBudgetWatts) {
        this(name, devices, cores, physics, powerBudgetWatts, List.of());
    }

    /** A bench without a power budget. */
    public BenchDescription(String name, Map<String, DeviceSpec> devices, List<CoreSpec> cores,
                            Map<String, Object> physics) {
        this(name, devices, cores, physics, Double.POSITIVE_INFINITY);
    }

    /** Whether the bench has a total heater-power budget. */
    public boolean hasPowerBudget() {
        return Double.isFinite(powerBudgetWatts);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The device of that name; throws a {@link BenchConfigException} naming the known devices otherwise. */
    public DeviceSpec device(String deviceName) {
        DeviceSpec d = devices.get(deviceName);
        if (d == null) {
            throw new BenchConfigException("bench '" + name + "' has no device '" + deviceName + "'; it has "
                    + devices.keySet());
        }
        return d;
    }

    /** The core of that name. */
    public CoreSpec core(String coreName) {
        for (CoreSpec c : cores) {
            if (c.name().equals(coreName)) {
                return c;
            }
        }
        throw new BenchConfigException("bench '" + name + "' has no core '" + coreName + "'");
    }

    /** Devices served by the given backend id. */
    public List<DeviceSpec> devicesOf(String backend) {
        List<DeviceSpec> out = new ArrayList<>();
        for (DeviceSpec d : devices.values()) {
            if (d.backend().equals(backend)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Builder that checks the whole description in {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final Map<String, DeviceSpec> devices = new LinkedHashMap<>();
        private final List<CoreSpec> cores = new ArrayList<>();
        private final List<UnitaryMeshSpec> meshes = new ArrayList<>();
        private final Map<String, Object> physics = new LinkedHashMap<>();
        private double powerBudgetWatts = Double.POSITIVE_INFINITY;

        private Builder(String name) {
            this.name = name;
        }

        public Builder device(DeviceSpec d) {
            if (devices.putIfAbsent(d.name(), d) != null) {
                throw new BenchConfigException("device '" + d.name() + "' is declared twice");
            }
            return this;
        }

        public Builder core(CoreSpec c) {
            cores.add(c);
            return this;
        }

        /** A unitary-mesh core. */
        public Builder mesh(UnitaryMeshSpec c) {
            meshes.add(c);
            return this;
        }

        public Builder physics(String key, Object value) {
            physics.put(key, value);
            return this;
        }

        public Builder physics(Map<String, Object> values) {
            physics.putAll(values);
            return this;
        }

        /** The bench's total heater-power budget, W (finite, &gt; 0; default none). */
        public Builder powerBudget(double watts) {
            if (!(watts > 0) || !Double.isFinite(watts)) {
                throw new BenchConfigException("power_budget_w must be a finite positive power in W, got " + watts);
            }
            this.powerBudgetWatts = watts;
            return this;
        }

        public BenchDescription build() {
            if (name == null || name.isBlank()) {
                throw new BenchConfigException("bench name must not be empty");
            }
            for (DeviceSpec d : devices.values()) {
                checkDevice(d);
            }
            Map<String, BitSet> used = new LinkedHashMap<>();
            List<String> coreNames = new ArrayList<>();
            for (CoreSpec c : cores) {
                if (coreNames.contains(c.name())) {
                    throw new BenchConfigException("core '" + c.name() + "' is declared twice");
                }
                coreNames.add(c.name());
                checkCore(c, used);
            }
            for (UnitaryMeshSpec c : meshes) {
                if (coreNames.contains(c.name())) {
                    throw new BenchConfigException("core '" + c.name() + "' is declared twice");
                }
                coreNames.add(c.name());
                checkMesh(c, used);
            }
            checkPowerBudget();
            return new BenchDescription(name, devices, cores, physics, powerBudgetWatts, meshes);
        }

        /** A finite positive budget that the safe state itself keeps to (else no bench could ever be made safe). */
        private void checkPowerBudget() {
            if (Double.isInfinite(powerBudgetWatts)) {
                return; // none given
            }
            double safe = 0;
            for (DeviceSpec d : devices.values()) {
                if (d.kind() == DeviceKind.DAC) {
                    for (int ch = 0; ch < d.channels(); ch++) {
                        safe += d.limits(ch).power(d.safeVolts());
                    }
                }
            }
            if (safe > powerBudgetWatts) {
                throw new BenchConfigException("power_budget_w " + powerBudgetWatts + " W is below the "
                        + safe + " W the heaters dissipate in their safe state (safe_v); raise it above that");
            }
        }

        private static void checkDevice(DeviceSpec d) {
            String where = "device '" + d.name() + "'";
            if (d.backend() == null || d.backend().isBlank()) {
                throw new BenchConfigException(where + ": backend is missing (expected e.g. 'sim')");
            }
            switch (d.kind()) {
                case DAC -> {
                    if (d.channels() <= 0) {
                        throw new BenchConfigException(where + ": channels must be > 0, got " + d.channels());
                    }
                    if (d.limits() == null || d.resolution() == null) {
                        throw new BenchConfigException(where + ": a DAC needs limits and a resolution");
                    }
                    checkLimits(where, d.limits(), d.resolution());
                    String bad = d.limits().violation(d.safeVolts());
                    if (bad != null) {
                        throw new BenchConfigException(where + ": safe_v " + d.safeVolts() + " violates " + bad);
                    }
                    for (Map.Entry<Integer, ChannelLimits> e : new java.util.TreeMap<>(d.channelLimits()).entrySet()) {
                        String ch = where + " channel " + e.getKey();
                        checkLimits(ch, e.getValue(), d.resolution());
                        String badCh = e.getValue().violation(d.safeVolts());
                        if (badCh != null) {
                            throw new BenchConfigException(ch + ": safe_v " + d.safeVolts() + " violates " + badCh);
                        }
                    }
                }
                case DETECTOR -> {
                    if (d.channels() <= 0) {
                        throw new BenchConfigException(where + ": channels must be > 0, got " + d.channels());
                    }
                    if (d.unit() == null || d.adc() == null) {
                        throw new BenchConfigException(where + ": a detector needs a readout unit and an ADC");
                    }
                }
                case PROJECTOR -> {
                    // projector settings are backend options, checked when the projector is configured
                }
            }
        }

        /**
         * Limits a device can honour: finite voltages, a power limit only with the load it is computed in (V²/R;
         * without a load it could never be enforced), and, on a quantizing DAC, nothing beyond its full scale.
         */
        private static void checkLimits(String where, ChannelLimits l, DacResolution r) {
            if (!Double.isFinite(l.minVolts()) || !Double.isFinite(l.maxVolts())) {
                throw new BenchConfigException(where + ": limits min_v and max_v must be finite, got " + l.minVolts()
                        + " and " + l.maxVolts() + " V");
            }
            boolean power = !Double.isInfinite(l.maxPowerWatts());
            if (power && Double.isInfinite(l.loadOhms())) {
                throw new BenchConfigException(where + ": limits max_power_w " + l.maxPowerWatts() + " W needs "
                        + "load_ohm (the heater resistance, Ω) to be enforced; give load_ohm or drop max_power_w");
            }
            if (!r.isAnalog()) {
                double fs = r.fullScaleVolts();
                if (l.maxVolts() > fs) {
                    throw new BenchConfigException(where + ": limits max_v " + l.maxVolts() + " V is above the DAC "
                            + "full scale " + fs + " V (resolution.full_scale_v); lower max_v to at most " + fs);
                }
                if (l.minVolts() < -fs) {
                    throw new BenchConfigException(where + ": limits min_v " + l.minVolts() + " V is below the DAC "
                            + "full scale -" + fs + " V (resolution.full_scale_v); raise min_v to at least -" + fs);
                }
            }
        }

        private void checkCore(CoreSpec c, Map<String, BitSet> used) {
            String where = "core '" + c.name() + "'";
            int k = c.size();
            if (k < 2 || k > 64) {
                throw new BenchConfigException(where + ": size must be in 2..64, got " + k);
            }
            if (!(c.gamma() > 0) || Double.isInfinite(c.gamma())) {
                throw new BenchConfigException(where + ": gamma must be a positive rad/V², got " + c.gamma());
            }
            int m = CoreSpec.meshPhases(k);
            claim(where, "u_channels", c.dac(), DeviceKind.DAC, c.uChannels(), m, used);
            claim(where, "v_channels", c.dac(), DeviceKind.DAC, c.vChannels(), m, used);
            claim(where, "sigma_channels", c.sigmaDac(), DeviceKind.DAC, c.sigmaChannels(), k, used);
            claim(where, "sign_channels", c.sigmaDac(), DeviceKind.DAC, c.signChannels(), 4, used);
            claim(where, "input_channels", c.inputDac(), DeviceKind.DAC, c.inputChannels(), k, used);
            claim(where, "output_channels", c.detector(), DeviceKind.DETECTOR, c.outputChannels(), k, used);
        }

        private void checkMesh(UnitaryMeshSpec c, Map<String, BitSet> used) {
            String where = "core '" + c.name() + "' (unitary mesh)";
            int k = c.size();
            if (k < 2 || k > 64) {
                throw new BenchConfigException(where + ": size must be in 2..64, got " + k);
            }
            if (!(c.gamma() > 0) || Double.isInfinite(c.gamma())) {
                throw new BenchConfigException(where + ": gamma must be a positive rad/V², got " + c.gamma());
            }
            claim(where, "mzi_channels", c.dac(), DeviceKind.DAC, c.mziChannels(), CoreSpec.meshPhases(k), used);
            claim(where, "sign_channels", c.dac(), DeviceKind.DAC, c.signChannels(), 2, used);
            if (c.hasAttenuators()) {
                claim(where, "sigma.channels", c.sigmaDac(), DeviceKind.DAC, c.sigmaChannels(), k, used);
            }
            claim(where, "input_channels", c.inputDac(), DeviceKind.DAC, c.inputChannels(), k, used);
            claim(where, "output_channels", c.detector(), DeviceKind.DETECTOR, c.outputChannels(), k, used);
        }

        private void claim(String where, String field, String device, DeviceKind kind, int[] channels, int expected,
                           Map<String, BitSet> used) {
            DeviceSpec d = devices.get(device);
            if (d == null) {
                throw new BenchConfigException(where + ": " + field + " refer to unknown device '" + device
                        + "'; declared devices are " + devices.keySet());
            }
            if (d.kind() != kind) {
                throw new BenchConfigException(where + ": " + field + " need a " + kind.yamlName() + " device, but '"
                        + device + "' is a " + d.kind().yamlName());
            }
            if (channels == null || channels.length != expected) {
                throw new BenchConfigException(where + ": " + field + " must list " + expected + " channels, got "
                        + (channels == null ? 0 : channels.length));
            }
            BitSet taken = used.computeIfAbsent(device, x -> new BitSet());
            for (int ch : channels) {
                if (ch < 0 || ch >= d.channels()) {
                    throw new BenchConfigException(where + ": " + field + " channel " + ch + " is outside device '"
                            + device + "' (0.." + (d.channels() - 1) + ")");
                }
                if (taken.get(ch)) {
                    throw new BenchConfigException(where + ": " + field + " channel " + ch + " of device '" + device
                            + "' is already wired to another phase shifter, input or output");
                }
                taken.set(ch);
            }
        }
    }
}
