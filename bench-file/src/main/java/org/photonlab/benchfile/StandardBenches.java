package org.photonlab.benchfile;

import java.util.Locale;
import java.util.Map;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.unitary.UnitaryMeshSpec;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;

/**
 * Ready-made bench descriptions. {@link #simulatedChip} is the built-in simulated chip of the papers' setting:
 * {@code cores} k×k cores W = U·diag(cos φ_Σ)·V on four devices, all served by backend {@code sim}.
 *
 * <ul>
 *   <li>{@code mesh_dac}: the U and V heaters, cores·k(k−1) channels; core n uses channels n·k(k−1) onwards
 *       (U then V, packed order).</li>
 *   <li>{@code sigma_dac}: the Σ attenuators and the four sign shifters, cores·(k+4) channels; core n from
 *       n·(k+4) (Σ then U δ₀, U δ_{k−1}, V δ₀, V δ_{k−1}).</li>
 *   <li>{@code modulators}: the input amplitudes, cores·k analog channels, ±10 V, high impedance (1 V ↔ 1).</li>
 *   <li>{@code detectors}: cores·k coherent (signed) channels with an ideal ADC.</li>
 * </ul>
 *
 * <p>Heater DACs: 8 bits, 0…{@link #V_MAX} V (or the DAC full scale, when lower), 1 kΩ heaters, at most 0.125 W (10.8 V dissipates 0.117 W).
 * Quantization {@code "phase"}: power-linear DACs (phase step 2π/255 on U/V with full scale V_2π = √(2π/γ), π/255
 * on Σ with full scale V_π), the L2ight phase-domain quantizer. {@code "voltage"}: ordinary voltage DACs with full
 * scale 10.8 V on both (step 42.4 mV), the torchonn voltage-domain quantizer. {@code "none"}: ideal analog DACs.
 * Every core has γ = {@link #GAMMA}. Immutable; the caller's {@code physics} map is copied.
 */
public final class StandardBenches {
    /** Voltage of a π phase shift, V. */
    public static final double V_PI = 4.36;
    /** Supply limit of every heater DAC, V. */
    public static final double V_MAX = 10.8;
    /** Nominal thermo-optic coefficient γ = π/V_π², rad/V² (≈ 0.16526). */
    public static final double GAMMA = Math.PI / (V_PI * V_PI);
    /** Heater resistance, Ω. */
    public static final double HEATER_OHMS = 1000.0;
    /** Power limit of one heater channel, W. */
    public static final double HEATER_MAX_WATTS = 0.125;
    /** Input modulator range, ±V. */
    public static final double MODULATOR_MAX_VOLTS = 10.0;
    /** Bits of every heater DAC when quantizing. */
    public static final int DAC_BITS = 8;

    private StandardBenches() {
    }

    /**
     * The simulated chip described in the class comment.
     *
     * @param name         bench name
     * @param cores        number of cores, ≥ 1
     * @param k            core size, 2..64
     * @param quantization {@code "phase"}, {@code "voltage"} or {@code "none"}
     * @param physics      simulator settings (see {@code docs/chip-model.md}); not modified, may be empty
     */
    public static BenchDescription simulatedChip(String name, int cores, int k, String quantization,
                                                 Map<String, Object> physics) {
        if (cores < 1) {
            throw new BenchConfigException("a simulated chip needs at least 1 core, got " + cores);
        }
        if (k < 2 || k > 64) {
            throw new BenchConfigException("core size k must be in 2..64, got " + k);
        }
        String q = quantization == null ? "" : quantization.toLowerCase(Locale.ROOT);
        double v2pi = Math.sqrt(2 * Math.PI / GAMMA);
        double vpi = Math.sqrt(Math.PI / GAMMA);
        DacResolution mesh;
        DacResolution sigma;
        switch (q) {
            case "phase" -> {
                mesh = new DacResolution(DAC_BITS, v2pi, DacResolution.Transfer.POWER);
                sigma = new DacResolution(DAC_BITS, vpi, DacResolution.Transfer.POWER);
            }
            case "voltage" -> {
                mesh = new DacResolution(DAC_BITS, V_MAX, DacResolution.Transfer.VOLTAGE);
                sigma = mesh;
            }
            case "none" -> {
                mesh = DacResolution.ANALOG;
                sigma = DacResolution.ANALOG;
            }
            default -> throw new BenchConfigException("quantization must be 'phase', 'voltage' or 'none', got '"
                    + quantization + "'");
        }
        // a quantizing DAC cannot output more than its full scale, so the heater limit is the lower of the two
        ChannelLimits meshLimits = heater(mesh);
        ChannelLimits sigmaLimits = heater(sigma);
        ChannelLimits modulator = new ChannelLimits(-MODULATOR_MAX_VOLTS, MODULATOR_MAX_VOLTS,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        int meshPerCore = CoreSpec.meshChannelCount(k);
        int sigmaPerCore = CoreSpec.sigmaChannelCount(k);
        BenchDescription.Builder b = BenchDescription.builder(name)
                .device(DeviceSpec.dac("mesh_dac", "sim", cores * meshPerCore, meshLimits, mesh, Map.of()))
                .device(DeviceSpec.dac("sigma_dac", "sim", cores * sigmaPerCore, sigmaLimits, sigma, Map.of()))
                .device(DeviceSpec.dac("modulators", "sim", cores * k, modulator, DacResolution.ANALOG, Map.of()))
                .device(DeviceSpec.detector("detectors", "sim", cores * k, ReadoutUnit.VOLT_COHERENT,
                        AdcResolution.IDEAL, Map.of()));
        for (int n = 0; n < cores; n++) {
            b.core(CoreSpec.contiguous("core" + n, k, "mesh_dac", n * meshPerCore, "sigma_dac", n * sigmaPerCore,
                    "modulators", n * k, "detectors", n * k, GAMMA));
        }
        if (physics != null) {
            b.physics(physics);
        }
        return b.build();
    }

    /**
     * A simulated chip of one k×k unitary mesh ({@code mesh0}: k(k−1)/2 MZI heaters and two sign shifters on
     * {@code mesh_dac}, k modulators, k coherent detectors), with a column of k attenuators on {@code sigma_dac} or
     * an electronic Σ; DACs as {@link #simulatedChip}.
     */
    public static BenchDescription unitaryMesh(String name, int k, String quantization, boolean attenuators,
                                               Map<String, Object> physics) {
        BenchDescription svd = simulatedChip(name, 1, k, quantization, physics);
        int m = CoreSpec.meshPhases(k);
        DeviceSpec meshDac = svd.device("mesh_dac");
        DeviceSpec sigmaDac = svd.device("sigma_dac");
        BenchDescription.Builder b = BenchDescription.builder(name)
                .device(DeviceSpec.dac("mesh_dac", "sim", m + 2, meshDac.limits(), meshDac.resolution(), Map.of()));
        if (attenuators) {
            b.device(DeviceSpec.dac("sigma_dac", "sim", k, sigmaDac.limits(), sigmaDac.resolution(), Map.of()));
        }
        b.device(svd.device("modulators")).device(svd.device("detectors"));
        b.mesh(new UnitaryMeshSpec("mesh0", k, "mesh_dac", range(0, m), range(m, 2),
                attenuators ? "sigma_dac" : null, attenuators ? range(0, k) : null, "modulators", range(0, k),
                "detectors", range(0, k), GAMMA, null));
        if (physics != null) {
            b.physics(physics);
        }
        return b.build();
    }

    private static int[] range(int from, int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static ChannelLimits heater(DacResolution dac) {
        double max = dac.isAnalog() ? V_MAX : Math.min(V_MAX, dac.fullScaleVolts());
        return new ChannelLimits(0.0, max, HEATER_MAX_WATTS, HEATER_OHMS);
    }
}
