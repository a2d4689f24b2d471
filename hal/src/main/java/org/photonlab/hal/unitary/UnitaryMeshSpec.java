package org.photonlab.hal.unitary;

import java.util.Arrays;
import java.util.Objects;
import org.photonlab.hal.bench.CoreTiming;

/**
 * How one k×k Clements unitary mesh is wired to the bench's devices. Light path: input modulators, then (when
 * {@link #hasAttenuators()}) a column of k MZI attenuators, then the mesh, then the detectors:
 * y = M(δ, φ)·diag(cos φ_Σ)·x.
 *
 * <p>The mesh: {@code mziChannels} drive the k(k−1)/2 MZIs in the packed order of
 * {@link org.photonlab.hal.mesh.ClementsMesh} (each MZI's internal phase; in the real-valued model its external phase
 * is held at 0 and the mesh's two sign degrees of freedom are the external shifters on the first and last waveguide,
 * {@code signChannels}: δ₀ then δ_{k−1}, π meaning −1), on DAC device {@code dac}. Attenuators: {@code sigmaChannels}
 * on {@code sigmaDac} (σ_i = cos φ_i, φ_i ∈ [0, π]); with an electronic Σ both are absent ({@code sigmaDac} null,
 * no channels) and the host scales the readings between the passes. Every heater has the nominal law φ = γ·V².
 * Inputs: {@code inputChannels} of {@code inputDac} (1 V ↔ amplitude 1). Outputs: {@code outputChannels} of
 * {@code detector}, read coherently.
 *
 * @param gamma  nominal thermo-optic coefficient γ of the heaters, rad/V²
 * @param timing settle times between writes and reads ({@link CoreTiming#NONE}: none)
 */
public record UnitaryMeshSpec(String name, int size, String dac, int[] mziChannels, int[] signChannels,
                              String sigmaDac, int[] sigmaChannels, String inputDac, int[] inputChannels,
                              String detector, int[] outputChannels, double gamma, CoreTiming timing) {

    public UnitaryMeshSpec {
        timing = timing == null ? CoreTiming.NONE : timing;
        sigmaChannels = sigmaChannels == null ? new int[0] : sigmaChannels;
    }

    /** Whether Σ is a column of MZI attenuators on the chip (else it is electronic, applied by the host). */
    public boolean hasAttenuators() {
        return sigmaDac != null;
    }

    /** The same mesh with other settle times. */
    public UnitaryMeshSpec withTiming(CoreTiming t) {
        return new UnitaryMeshSpec(name, size, dac, mziChannels, signChannels, sigmaDac, sigmaChannels, inputDac,
                inputChannels, detector, outputChannels, gamma, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitaryMeshSpec c && c.name.equals(name) && c.size == size && c.dac.equals(dac)
                && Arrays.equals(c.mziChannels, mziChannels) && Arrays.equals(c.signChannels, signChannels)
                && Objects.equals(c.sigmaDac, sigmaDac) && Arrays.equals(c.sigmaChannels, sigmaChannels)
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
        return "UnitaryMeshSpec[" + name + ", k=" + size + ", dac=" + dac + ", sigma="
                + (hasAttenuators() ? sigmaDac : "electronic") + ", detector=" + detector + "]";
    }
}
