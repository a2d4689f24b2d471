package org.photonlab.hal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When an ADC saturates, and what a reading reports then. */
class AdcOverRangeTest {
    @Test
    void bipolarSaturatesAtBothEnds() {
        AdcResolution adc = new AdcResolution(12, 2.0, true);
        assertFalse(adc.overRange(1.999));
        assertFalse(adc.overRange(-2.0));
        assertTrue(adc.overRange(2.0001));
        assertTrue(adc.overRange(-2.0001));
        assertTrue(adc.overRange(Double.NaN));
        assertEquals(adc.convert(2.0), adc.convert(5.0), 0.0, "the value of a saturated input is the top code");
    }

    @Test
    void aPowerAdcSaturatesOnlyAtTheTop() {
        AdcResolution adc = new AdcResolution(16, 1e-3, false);
        assertTrue(adc.overRange(1.1e-3));
        assertFalse(adc.overRange(-1e-9), "noise below dark reads 0 but is not a saturation");
        assertEquals(0.0, adc.low(), 0.0);
    }

    @Test
    void anIdealReadoutNeverSaturates() {
        assertFalse(AdcResolution.IDEAL.overRange(1e300));
    }

    @Test
    void aReadingCountsItsFlags() {
        DetectorReading r = new DetectorReading(new double[] {1, 2, 3}, new boolean[] {true, false, true});
        assertEquals(2, r.overRangeCount());
        assertTrue(r.anyOverRange());
        assertFalse(DetectorReading.inRange(new double[] {1, 2}).anyOverRange());
        assertThrows(IllegalArgumentException.class, () -> new DetectorReading(new double[2], new boolean[3]));
    }
}
