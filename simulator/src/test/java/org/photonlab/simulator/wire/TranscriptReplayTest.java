package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.photonlab.protocols.line.Transcript;

/**
 * Replays every shared wire transcript (the protocols module's test data) into a fresh simulated device: it must
 * answer each host line with exactly the recorded device lines, or nothing. The same files script the drivers'
 * tests, so both ends agree on one dialogue. A transcript's {@code #!} directives set up the device (chain length)
 * and inject the fault it records: a {@code #! fault: power-cycle} step reboots the device in place of handling the
 * host line, as the wire simulator's fault injector does, and the device must then say exactly the recorded lines.
 */
class TranscriptReplayTest {
    static Stream<Transcript> transcripts() {
        List<Transcript> out = new ArrayList<>();
        for (String protocol : List.of("qontrol", "scpi")) {
            out.addAll(Transcript.all(protocol));
        }
        assertFalse(out.isEmpty(), "no transcripts under " + Transcript.folder().toUri());
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void deviceAnswersExactlyAsRecorded(Transcript t) {
        DeviceProtocol device = device(t);
        assertFalse(t.steps().isEmpty(), t.name() + " has no host lines");
        for (Transcript.Step step : t.steps()) {
            String where = t.name() + ":" + step.lineNumber() + " '" + step.host() + "'";
            List<String> answer;
            if (step.fault() == null) {
                answer = device.handle(step.host());
            } else {
                FaultKind fault = FaultKind.parse(step.fault());
                assertEquals(FaultKind.POWER_CYCLE, fault, where + ": only power-cycle faults replay in-process");
                assertTrue(device.supportsPowerCycle(), where + ": this device cannot power-cycle");
                answer = device.powerCycle();
            }
            assertEquals(step.device(), answer, where);
        }
    }

    private static DeviceProtocol device(Transcript t) {
        String protocol = t.source().getParent().getFileName().toString();
        if (protocol.equals("qontrol")) {
            int modules = Integer.parseInt(t.directives().getOrDefault("modules", "2"));
            return new QontrolProtocol(TestDevices.chain(modules), WireSimulator.FIRMWARE);
        }
        assertTrue(t.directives().isEmpty(), t.name() + ": the SCPI meter takes no directives, got "
                + t.directives());
        return TestDevices.meter();
    }
}
