package org.photonlab.app.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.photonlab.hal.LabException;

/**
 * The directory a run writes its record into: resolved configuration, per-epoch metrics, summary. Every file is
 * written to a temporary name and moved into place, so a crash never leaves a half-written file.
 */
public final class RunDirectory {
    private final Path dir;

    private RunDirectory(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates {@code out}, or {@code runs/<timestamp>-<label>} when {@code out} is null. Refuses a path that exists
     * and is not an empty directory, so that an earlier run's record is never overwritten.
     */
    public static RunDirectory create(Path out, String label) {
        Path dir = out != null ? out
                : Path.of("runs", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + "-" + label);
        checkUsable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LabException("cannot create run directory " + dir + ": " + e.getMessage());
        }
        return new RunDirectory(dir);
    }

    /** Checks early (before a long run) that {@code out} can become the run directory; null is always fine. */
    public static void checkUsable(Path out) {
        if (out == null || !Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new LabException("--out " + out + " exists and is not a directory; expected a new or empty directory");
        }
        try (var s = Files.list(out)) {
            if (s.findAny().isPresent()) {
                throw new LabException("--out " + out + " is not empty; expected a new or empty directory "
                        + "(runs are never overwritten)");
            }
        } catch (IOException e) {
            throw new LabException("cannot read --out " + out + ": " + e.getMessage());
        }
    }

    /** The operating system's reason (e.g. "No space left on device"), without the path the message repeats. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public Path path() {
        return dir;
    }

    /** Writes {@code name} atomically with {@code content}. */
    public Path write(String name, String content) {
        Path target = dir.resolve(name);
        try {
            AtomicFiles.write(target, content);
            return target;
        } catch (IOException e) {
            // the earlier version of the file (written atomically) is still there, whole
            throw new RunRecordException("cannot write run record " + target + ": " + reason(e), e);
        }
    }
}
