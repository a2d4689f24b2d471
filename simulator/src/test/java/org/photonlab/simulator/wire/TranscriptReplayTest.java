package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every shared wire transcript into a fresh simulated device: it must answer each host line with exactly
 * the recorded device lines, or nothing. The same files script the drivers' tests, so both ends agree on one
 * dialogue. Transcripts marked {@code # replay: driver only} need an injected fault and are skipped here.
 */
class TranscriptReplayTest {
    static Path folder() {
        return Path.of("../drivers/src/test/resources/wire");
    }

    static Stream<Path> transcripts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String protocol : List.of("qontrol", "scpi")) {
            try (Stream<Path> s = Files.list(folder().resolve(protocol))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        assertFalse(out.isEmpty(), "no transcripts under " + folder().toAbsolutePath());
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("transcripts")
    void deviceAnswersExactlyAsRecorded(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.stream().anyMatch(l -> l.startsWith("# replay: driver only"))) {
            return;
        }
        DeviceProtocol device = file.getParent().getFileName().toString().equals("qontrol")
                ? new QontrolProtocol(TestDevices.chain(), WireSimulator.FIRMWARE) : TestDevices.meter();
        String host = null;
        int hostLine = 0;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "> ";
            if (l.startsWith(">")) {
                if (host != null) {
                    assertEquals(expected, device.handle(host), file.getFileName() + ":" + hostLine + " '" + host
                            + "'");
                }
                host = l.length() > 2 ? l.substring(2) : "";
                hostLine = i + 1;
                expected = new ArrayList<>();
            } else if (l.startsWith("<")) {
                expected.add(l.length() > 2 ? l.substring(2) : "");
            }
        }
    }
}
