package org.photonlab.drivers.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A wire transcript: steps of one host line and the device lines that answer it. Files hold {@code >} host lines,
 * {@code <} device lines and {@code #} comments (see {@code src/test/resources/wire/README.md}).
 */
public record Transcript(Path source, List<Step> steps) {
    /** One host line and its expected reply lines (possibly none). */
    public record Step(String host, List<String> device, int lineNumber) {
    }

    /** The folder of shared transcripts, found from the drivers module or a sibling module. */
    public static Path folder() {
        Path here = Path.of("src/test/resources/wire");
        if (Files.isDirectory(here.resolve("qontrol"))) {
            return here;
        }
        return Path.of("../drivers/src/test/resources/wire");
    }

    public static Transcript load(String relative) {
        return load(folder().resolve(relative));
    }

    public static Transcript load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read transcript " + file + ": " + e.getMessage(), e);
        }
        List<Step> steps = new ArrayList<>();
        String host = null;
        int hostLine = 0;
        List<String> device = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("> ") || l.equals(">")) {
                if (host != null) {
                    steps.add(new Step(host, List.copyOf(device), hostLine));
                }
                host = l.length() > 2 ? l.substring(2) : "";
                hostLine = i + 1;
                device.clear();
            } else if (l.startsWith("< ") || l.equals("<")) {
                if (host == null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": device line before any host line");
                }
                device.add(l.length() > 2 ? l.substring(2) : "");
            } else if (!l.startsWith("#") && !l.isBlank()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected '>', '<' or '#', got '" + l + "'");
            }
        }
        if (host != null) {
            steps.add(new Step(host, List.copyOf(device), hostLine));
        }
        return new Transcript(file, steps);
    }
}
