package org.photonlab.drivers.scpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.ScriptedLink;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.detect.ReadoutUnit;
import org.photonlab.protocols.line.Transcript;

/** SCPI's overload answer 9.9E+37 becomes a flagged reading at the ADC's end, never a plausible number. */
class ScpiDetectorOverloadTest {
    private static Transcript session(String reply) {
        return new Transcript(Path.of("inline"), List.of(
                new Transcript.Step("*CLS", List.of(), 1, null),
                new Transcript.Step("*IDN?", List.of("PHOTONLAB,PM8,0001,1.0"), 2, null),
                new Transcript.Step("SYST:ERR?", List.of("0,\"No error\""), 3, null),
                new Transcript.Step("MEAS:POW? (@1:3)", List.of(reply), 4, null)), Map.of());
    }

    @Test
    void overloadIsFlaggedAtTheDeclaredAdcTop() {
        AdcResolution adc = new AdcResolution(16, 2e-3, false);
        ScriptedLink link = new ScriptedLink(session("1.000904E-03,9.9E+37,9.91E+37"));
        DeviceSpec spec = DeviceSpec.detector("pm", "scpi-tcp", 8, ReadoutUnit.WATT, adc, Map.of());
        try (ScpiDetector pm = new ScpiDetector(spec, () -> link, ConversationSettings.DEFAULTS)) {
            pm.open();
            DetectorReading r = pm.acquire(new int[] {0, 1, 2});
            assertEquals(1.000904E-03, r.value(0), 0.0);
            assertEquals(adc.convert(2e-3), r.value(1), 0.0, "the ADC's top code, as the in-process chip reads");
            assertTrue(Double.isNaN(r.value(2)), "SCPI's not-a-number");
            assertArrayEquals(new boolean[] {false, true, false}, r.overRange(), "NaN is left to the HAL to flag");
            link.verify();
        }
    }

    @Test
    void withoutADeclaredRangeOverloadReadsInfinite() {
        ScriptedLink link = new ScriptedLink(session("-9.9E+37,0.000000E+00,9.9E+37"));
        DeviceSpec spec = DeviceSpec.detector("pm", "scpi-tcp", 8, ReadoutUnit.WATT, AdcResolution.IDEAL, Map.of());
        try (ScpiDetector pm = new ScpiDetector(spec, () -> link, ConversationSettings.DEFAULTS)) {
            pm.open();
            DetectorReading r = pm.acquire(new int[] {0, 1, 2});
            assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY}, r.values(), 0.0);
            assertArrayEquals(new boolean[] {true, false, true}, r.overRange());
            link.verify();
        }
    }
}
