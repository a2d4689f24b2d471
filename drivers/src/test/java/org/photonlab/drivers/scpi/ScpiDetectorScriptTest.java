package org.photonlab.drivers.scpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.ScriptedLink;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.photonlab.protocols.line.Transcript;

/** The SCPI driver's exact wire dialogue against a scripted power meter. */
class ScpiDetectorScriptTest {
    @Test
    void robustOpenThenReadingsByChannelList() {
        ScriptedLink link = new ScriptedLink(Transcript.load("scpi/driver-session.txt"));
        DeviceSpec spec = DeviceSpec.detector("pm", "scpi-tcp", 8, ReadoutUnit.WATT, AdcResolution.IDEAL,
                Map.of("identity", "PHOTONLAB,PM8", "wavelength_nm", 1310));
        try (ScpiDetector pm = new ScpiDetector(spec, () -> link, ConversationSettings.DEFAULTS)) {
            pm.open();
            assertEquals("PHOTONLAB,PM8,0001,1.0", pm.identity());
            assertArrayEquals(new double[] {1.000904E-03, 2.113E-04, 0.0, 5.5002E-05},
                    pm.read(new int[] {0, 1, 2, 3}));
            assertArrayEquals(new double[] {1.000904E-03, 0.0}, pm.read(new int[] {0, 2}));
            link.verify();
        }
    }
}
