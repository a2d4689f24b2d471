package org.photonlab.drivers.qontrol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.DeviceRefusedException;
import org.photonlab.drivers.link.ScriptedLink;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.protocols.line.Transcript;

/** The Qontrol driver's exact wire dialogue, against scripted devices from the shared transcripts. */
class QontrolDacScriptTest {
    private static DeviceSpec spec(int channels, String identity) {
        return DeviceSpec.dac("psd", "qontrol-tcp", channels, new ChannelLimits(0, 12, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY), new DacResolution(16, 12, DacResolution.Transfer.VOLTAGE),
                Map.of("identity", identity));
    }

    @Test
    void opensWritesOneVectorPerModuleReadsAndReportsARefusal() {
        ScriptedLink link = new ScriptedLink(Transcript.load("qontrol/driver-session.txt"));
        try (QontrolDac dac = new QontrolDac(spec(16, "Q8iv-01A0"), () -> link, ConversationSettings.DEFAULTS)) {
            dac.open();
            assertEquals(2, dac.modules());
            assertEquals(12.0, dac.fullScale());
            assertFalse(dac.keepsAlive(), "the chain reported no watchdog (0 s)");
            dac.write(new int[] {1, 3, 9}, new double[] {1.5, 4.500183, 0.25});
            assertArrayEquals(new double[] {4.500183, 0.25}, dac.read(new int[] {3, 9}));
            DeviceRefusedException e = assertThrows(DeviceRefusedException.class,
                    () -> dac.write(new int[] {5}, new double[] {12.5}));
            assertTrue(e.getMessage().contains("E01:05") && e.getMessage().contains("V5=12.500"), e.getMessage());
            link.verify();
        }
    }

    @Test
    void powerUpDuringASetIsReconciledByReadBackThenTheSetIsResent() {
        ScriptedLink link = new ScriptedLink(Transcript.load("qontrol/driver-power-up.txt"));
        try (QontrolDac dac = new QontrolDac(spec(8, "Q8iv-01A0"), () -> link, ConversationSettings.DEFAULTS)) {
            dac.open();
            dac.write(new int[] {2}, new double[] {3.0});
            dac.write(new int[] {4}, new double[] {1.0});
            link.verify();
            assertEquals(1, dac.powerUps());
            assertFalse(dac.keepsAlive(), "the module reported no watchdog (0 s)");
        }
    }

    @Test
    void aRealModuleWithoutWatchdogRefusesTheQueryAndTheDriverSendsNoKeepAlives() {
        List<Transcript.Step> steps = new ArrayList<>();
        steps.add(new Transcript.Step("id?", List.of("Q8iv-01A0"), 1, null));
        steps.add(new Transcript.Step("nupall?", List.of("Q8iv-01A0 : 0"), 2, null));
        steps.add(new Transcript.Step("vfull?", List.of("12.000 V"), 3, null));
        steps.add(new Transcript.Step("Vall?", java.util.Collections.nCopies(8, "0.000"), 4, null));
        // a Qontrol module does not know the simulator's WATCHDOG? and answers an unrecognised command
        steps.add(new Transcript.Step("WATCHDOG?", List.of("E10:00"), 5, null));
        steps.add(new Transcript.Step("V2=3.000", List.of("OK"), 6, null));
        ScriptedLink link = new ScriptedLink(new Transcript(Path.of("inline"), steps, Map.of()));
        try (QontrolDac dac = new QontrolDac(spec(8, "Q8iv-01A0"), () -> link, ConversationSettings.DEFAULTS)) {
            dac.open();
            assertFalse(dac.keepsAlive());
            dac.write(new int[] {2}, new double[] {3.0});
            link.verify();
        }
    }

    @Test
    void aDifferentIdentityIsRefusedWithBothNamed() {
        ScriptedLink link = new ScriptedLink(Transcript.load("qontrol/driver-session.txt"));
        QontrolDac dac = new QontrolDac(spec(16, "Q8iv-0FFF"), () -> link, ConversationSettings.DEFAULTS);
        BenchConfigException e = assertThrows(BenchConfigException.class, dac::open);
        assertTrue(e.getMessage().contains("Q8iv-01A0") && e.getMessage().contains("Q8iv-0FFF"), e.getMessage());
        dac.close();
    }
}
