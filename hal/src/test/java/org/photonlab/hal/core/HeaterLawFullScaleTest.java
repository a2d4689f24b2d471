package org.photonlab.hal.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.photonlab.hal.dac.DacResolution;

/** A DAC whose full scale is below V_2π: the law never clips to the top code (the bank then refuses the value). */
class HeaterLawFullScaleTest {
    private static final double GAMMA = Math.PI / (4.36 * 4.36);
    private static final ThermoOpticLaw LAW = ThermoOpticLaw.nominal(GAMMA);

    @Test
    void aPowerLinearDacBelowV2piGivesTheCodeItNeedsBeyondFullScale() {
        DacResolution low = new DacResolution(8, 5.0, DacResolution.Transfer.POWER); // γ·5² = 4.13 rad < 2π
        double v = LAW.volts(6.0, PhaseRange.FULL, low);
        assertTrue(v > low.fullScaleVolts(), "not clipped to the top code: " + v);
        assertEquals(6.0, LAW.phase(v), 2 * Math.PI / 255, "the phase asked for, to within one code");
        assertTrue(low.fullScaleViolation(v) != null, "which the bank refuses");
        double inside = LAW.volts(3.0, PhaseRange.FULL, low);
        assertNull(low.fullScaleViolation(inside));
    }

    @Test
    void aVoltageDacBelowV2piIsNotClippedEither() {
        DacResolution low = new DacResolution(8, 5.0, DacResolution.Transfer.VOLTAGE);
        double v = LAW.volts(5.0, PhaseRange.FULL, low); // needs 5.5 V
        assertTrue(v > 5.0, "not clipped: " + v);
        assertTrue(low.fullScaleViolation(v) != null);
    }

    @Test
    void theVoltageDomainWrapAtV2piStaysTheDocumentedOne() {
        DacResolution wide = new DacResolution(8, 10.8, DacResolution.Transfer.VOLTAGE);
        double almost = 2 * Math.PI - 1e-4; // rounds to a code at or above V_2π: programmed as 0 V, same phase
        assertEquals(0.0, LAW.volts(almost, PhaseRange.FULL, wide));
    }
}
