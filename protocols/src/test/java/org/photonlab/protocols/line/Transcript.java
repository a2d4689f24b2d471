package org.photonlab.protocols.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A wire transcript: steps of one host line and the device lines that answer it. Files hold {@code >} host lines,
 * {@code <} device lines, {@code #} comments and {@code #!} replay directives (see {@code wire/README.md}). The
 * transcripts are the test data of this module; drivers and simulator read them from its test-jar, through the class
 * path, so no module reads another's source folder.
 *
 * @param source     where the file was read from
 * @param steps      the dialogue, in order
 * @param directives {@code #! key: value} lines before the first host line (how to set up the replaying device)
 */
public record Transcript(Path source, List<Step> steps, Map<String, String> directives) {
    /**
     * One host line and its expected reply lines (possibly none).
     *
     * @param fault the fault a replaying device must inject in place of handling {@code host} (from a
     *              {@code #! fault: KIND} line just before it), or null
     */
    public record Step(String host, List<String> device, int lineNumber, String fault) {
    }

    /** The transcript folder {@code wire/} on the test class path (a directory or a folder inside the test-jar). */
    public static Path folder() {
        URL url = Transcript.class.getResource("/wire/README.md");
        if (url == null) {
            throw new IllegalStateException("wire/README.md is not on the test class path; add the protocols "
                    + "test-jar as a test dependency");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/wire");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every transcript of {@code protocol} ({@code qontrol}, {@code scpi}), sorted by file name. */
    public static List<Transcript> all(String protocol) {
        try (Stream<Path> s = Files.list(folder().resolve(protocol))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .map(Transcript::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        Map<String, String> directives = new LinkedHashMap<>();
        String host = null;
        int hostLine = 0;
        String hostFault = null;
        String pendingFault = null;
        List<String> device = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("> ") || l.equals(">")) {
                if (host != null) {
                    steps.add(new Step(host, List.copyOf(device), hostLine, hostFault));
                }
                host = l.length() > 2 ? l.substring(2) : "";
                hostLine = i + 1;
                hostFault = pendingFault;
                pendingFault = null;
                device.clear();
            } else if (l.startsWith("< ") || l.equals("<")) {
                if (host == null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": device line before any host line");
                }
                device.add(l.length() > 2 ? l.substring(2) : "");
            } else if (l.startsWith("#!")) {
                int colon = l.indexOf(':');
                if (colon < 0) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": expected '#! key: value', got '" + l
                            + "'");
                }
                String key = l.substring(2, colon).trim();
                String value = l.substring(colon + 1).trim();
                if (key.equals("fault")) {
                    pendingFault = value;
                } else if (host == null) {
                    directives.put(key, value);
                } else {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": directive '" + key + "' must come "
                            + "before the first host line");
                }
            } else if (!l.startsWith("#") && !l.isBlank()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected '>', '<' or '#', got '" + l + "'");
            }
        }
        if (host != null) {
            steps.add(new Step(host, List.copyOf(device), hostLine, hostFault));
        }
        if (pendingFault != null) {
            throw new IllegalStateException(file + ": '#! fault' after the last host line");
        }
        return new Transcript(file, steps, Map.copyOf(directives));
    }

    /** The file name, for messages. */
    public String name() {
        return source.getFileName().toString();
    }
}
