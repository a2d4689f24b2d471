package org.photonlab.hal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.testing.Vectors;

/** The two 8-bit quantizers of the nominal {@link ThermoOpticLaw} against {@code vectors/quantize.json}. */
class ThermoOpticLawTest {
    /** The standard simulated chip's constants (bench-file's StandardBenches; hal cannot depend on it). */
    private static final double GAMMA = Math.PI / (4.36 * 4.36);
    private static final double V_MAX = 10.8;
    private static final JsonNode Q = Vectors.load("quantize.json");
    private static final ThermoOpticLaw CAL = ThermoOpticLaw.nominal(GAMMA);
    private static final DacResolution RECT = new DacResolution(8, CAL.v2pi(), DacResolution.Transfer.POWER);
    private static final DacResolution DIAG = new DacResolution(8, CAL.vpi(), DacResolution.Transfer.POWER);
    private static final DacResolution VOLT = new DacResolution(8, V_MAX,
            DacResolution.Transfer.VOLTAGE);

    @Test
    void gammaMatchesTheVectors() {
        assertEquals(Q.get("provenance").get("constants").get("gamma").asDouble(), GAMMA, 0.0);
        assertEquals(Q.get("provenance").get("constants").get("v_2pi").asDouble(), CAL.v2pi(), 1e-15);
    }

    @Test
    void phaseDomainRectangleOnUandV() {
        double[] x = vector(Q.get("phases"));
        double[] ref = vector(Q.get("phase_domain").get("rectangle"));
        double step = 2 * Math.PI / 255;
        int ties = 0;
        for (int i = 0; i < x.length; i++) {
            if (isExactHalfStep(x[i], step)) {
                ties++;
            }
            double v = CAL.volts(x[i], PhaseRange.FULL, RECT);
            assertEquals(Math.rint(ref[i] / step), RECT.code(v), 0.0, "code of phase " + x[i] + " (#" + i + ")");
            assertEquals(ref[i], CAL.phase(v), 4e-15, "phase " + x[i] + " (#" + i + ")");
        }
        assertEquals(4, ties, "entries of quantize.json that sit exactly on a half step (0.5Δ, 1.5Δ, 2.5Δ, π = 127.5Δ)");
    }

    @Test
    void phaseDomainDiagonalOnSigma() {
        double[] x = vector(Q.get("phases"));
        double[] ref = vector(Q.get("phase_domain").get("diagonal"));
        double step = Math.PI / 255;
        for (int i = 0; i < x.length; i++) {
            double v = CAL.volts(x[i], PhaseRange.FOLDED, DIAG);
            assertEquals(Math.rint(ref[i] / step), DIAG.code(v), 0.0, "code of phase " + x[i] + " (#" + i + ")");
            assertEquals(ref[i], CAL.phase(v), 2e-15, "phase " + x[i] + " (#" + i + ")");
        }
    }

    /** Exact half-step phases (0.5Δ, 1.5Δ, 2.5Δ and π = 127.5Δ) round half to even like {@code torch.round}. */
    @Test
    void phaseDomainTiesRoundHalfToEven() {
        JsonNode ties = Q.get("phase_domain").get("ties_half_even");
        double[] x = vector(ties.get("phase"));
        double[] ref = vector(ties.get("rectangle_out"));
        for (int i = 0; i < x.length; i++) {
            assertEquals(ref[i], CAL.phase(CAL.volts(x[i], PhaseRange.FULL, RECT)), 1e-15,
                    "tie " + ties.get("x_over_delta").get(i) + " steps");
        }
        assertEquals(vector(Q.get("phase_domain").get("rectangle"))[8],
                CAL.phase(CAL.volts(Math.PI, PhaseRange.FULL, RECT)), 4e-15, "π = 127.5 steps rounds up to 128");
    }

    private static boolean isExactHalfStep(double x, double step) {
        double r = PhaseCalibration.wrap(x) / step;
        return r - Math.floor(r) == 0.5;
    }

    @Test
    void phaseDomainGammaDriftIsGammaPrimeTimesVoltsSquared() {
        double[] x = vector(Q.get("phases"));
        JsonNode drift = Q.get("phase_domain_gamma_drift").get("rectangle");
        double[] gammas = vector(drift.get("noisy_gamma"));
        double[] ref = vector(drift.get("effective_phase"));
        for (int i = 0; i < x.length; i++) {
            double v = CAL.volts(x[i], PhaseRange.FULL, RECT);
            assertEquals(ref[i], gammas[i] * v * v, 1e-14, "phase " + x[i] + " (#" + i + ")");
        }
    }

    @Test
    void voltageDomainIncludingTheWrapAtV2pi() {
        double[] x = vector(Q.get("phases"));
        JsonNode vd = Q.get("voltage_domain");
        double[] volts = vector(vd.get("voltage_quantized_clipped"));
        double[] phase = vector(vd.get("phase_out"));
        double[] gammas = vector(vd.get("gamma_drift").get("noisy_gamma"));
        double[] drifted = vector(vd.get("gamma_drift").get("phase_out"));
        int wraps = 0;
        for (int i = 0; i < x.length; i++) {
            double v = CAL.volts(x[i], PhaseRange.FULL, VOLT);
            assertEquals(volts[i], v, 1e-13, "volts for phase " + x[i] + " (#" + i + ")");
            assertEquals(phase[i], signedWrap(CAL.phase(v)), 1e-13, "phase " + x[i] + " (#" + i + ")");
            assertEquals(drifted[i], signedWrap(gammas[i] * v * v), 1e-13, "drifted phase " + x[i]);
            wraps += v == 0.0 && vd.get("voltage_quantized").get(i).asDouble() > 0 ? 1 : 0;
        }
        assertTrue(wraps > 0, "the vectors exercise the V >= V_2pi -> 0 wrap");
    }

    @Test
    void analogChannelInvertsTheCalibration() {
        for (double phi : new double[] {0, 1e-9, 1.0, Math.PI, 2 * Math.PI - 1e-9, -1.0, 7.0}) {
            double v = CAL.volts(phi, PhaseRange.FULL, DacResolution.ANALOG);
            assertEquals(PhaseCalibration.wrap(phi), CAL.phase(v), 1e-14, "phase " + phi);
        }
    }

    /** The reference's output convention for the voltage domain: φ mod 2π mapped into (−π, π]. */
    private static double signedWrap(double phi) {
        double t = PhaseCalibration.wrap(phi);
        return t > Math.PI ? t - 2 * Math.PI : t;
    }
}
