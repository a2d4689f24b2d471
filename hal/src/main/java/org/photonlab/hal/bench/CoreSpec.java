package org.photonlab.hal.bench;

import java.util.Arrays;
import java.util.Objects;

/**
 * How one k×k photonic tensor core W = U·diag(σ)·V is wired to the bench's devices.
 *
 * <p>Phase shifters: {@code uChannels} and {@code vChannels} drive the k(k−1)/2 MZIs of the U and V Clements meshes
 * in the packed order of {@link org.photonlab.hal.mesh.ClementsMesh}, on DAC device {@code dac}.
 * {@code sigmaChannels} drive the k attenuator MZIs (σ_i = cos φ_i, φ_i ∈ [0, π]) and {@code signChannels} four
 * binary π shifters (U δ₀, U δ_{k−1}, V δ₀, V δ_{k−1}; π means −1), both on DAC device {@code sigmaDac}, which may
 * be the same device or one with a finer full scale. Every heater has the nominal calibration φ = γ·V².
 * Inputs: {@code inputChannels} on DAC device {@code inputDac} set the k input amplitudes (1 V ↔ amplitude 1).
 * Outputs: {@code outputChannels} of detector {@code detector} read the k outputs.
 *
 * Limits are those of each channel on its DAC device ({@link DeviceSpec#limits(int)}), so every heater of a core
 * may have its own.
 *
 * @param gamma  nominal thermo-optic coefficient γ of this core's heaters, rad/V²
 * @param timing settle times between writes and reads ({@link CoreTiming#NONE}: none)
 */
public record CoreSpec(String name, int size, String dac, int[] uChannels, int[] vChannels, String sigmaDac,
                       int[] sigmaChannels, int[] signChannels, String inputDac, int[] inputChannels,
                       String detector, int[] outputChannels, double gamma, CoreTiming timing) {

    public CoreSpec {
        timing = timing == null ? CoreTiming.NONE : timing;
    }

    /** A core with no settle times. */
    public CoreSpec(String name, int size, String dac, int[] uChannels, int[] vChannels, String sigmaDac,
                    int[] sigmaChannels, int[] signChannels, String inputDac, int[] inputChannels,
                    String detector, int[] outputChannels, double gamma) {
        this(name, size, dac, uChannels, vChannels, sigmaDac, sigmaChannels, signChannels, inputDac, inputChannels,
                detector, outputChannels, gamma, CoreTiming.NONE);
    }

    /** The same core with other settle times. */
    public CoreSpec withTiming(CoreTiming t) {
        return new CoreSpec(name, size, dac, uChannels, vChannels, sigmaDac, sigmaChannels, signChannels, inputDac,
                inputChannels, detector, outputChannels, gamma, t);
    }

    /** Number of MZI phases in one k×k Clements mesh, k(k−1)/2. */
    public static int meshPhases(int k) {
        return k * (k - 1) / 2;
    }

    /** Channels a core of size k needs on its U/V DAC: 2·k(k−1)/2. */
    public static int meshChannelCount(int k) {
        return 2 * meshPhases(k);
    }

    /** Channels a core of size k needs on its Σ DAC: k attenuators + 4 sign shifters. */
    public static int sigmaChannelCount(int k) {
        return k + 4;
    }

    /**
     * Standard contiguous wiring: U then V from {@code meshBase} on {@code dac}; Σ then the four signs from
     * {@code sigmaBase} on {@code sigmaDac}; inputs and outputs from their bases.
     */
    public static CoreSpec contiguous(String name, int k, String dac, int meshBase, String sigmaDac, int sigmaBase,
                                      String inputDac, int inputBase, String detector, int outputBase, double gamma) {
        int m = meshPhases(k);
        return new CoreSpec(name, k, dac, range(meshBase, m), range(meshBase + m, m), sigmaDac, range(sigmaBase, k),
                range(sigmaBase + k, 4), inputDac, range(inputBase, k), detector, range(outputBase, k), gamma);
    }

    static int[] range(int from, int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = from + i;
        }
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoreSpec c && c.name.equals(name) && c.size == size && c.dac.equals(dac)
                && c.sigmaDac.equals(sigmaDac)
                && Arrays.equals(c.uChannels, uChannels) && Arrays.equals(c.sigmaChannels, sigmaChannels)
                && Arrays.equals(c.vChannels, vChannels) && Arrays.equals(c.signChannels, signChannels)
                && c.inputDac.equals(inputDac) && Arrays.equals(c.inputChannels, inputChannels)
                && c.detector.equals(detector) && Arrays.equals(c.outputChannels, outputChannels)
                && Double.compare(c.gamma, gamma) == 0 && Objects.equals(c.timing, timing);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + size;
    }

    @Override
    public String toString() {
        return "CoreSpec[" + name + ", k=" + size + ", dac=" + dac + ", detector=" + detector + "]";
    }
}
