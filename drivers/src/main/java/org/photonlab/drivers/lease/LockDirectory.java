package org.photonlab.drivers.lease;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where host-side lock files live. The first that applies: system property {@value #PROPERTY}, environment
 * variable {@value #ENV}, {@code /var/lock} when it is a writable directory (the system-wide place, where UUCP
 * {@code LCK..} files belong and every user's PhotonLab sees the same locks), {@code $XDG_RUNTIME_DIR} (this user
 * only), the JVM's temporary directory. Processes that should exclude each other must resolve the same directory.
 */
public final class LockDirectory {
    public static final String PROPERTY = "photonlab.lockDir";
    public static final String ENV = "PHOTONLAB_LOCK_DIR";

    private LockDirectory() {
    }

    /** The lock directory, created if it is given by the property or the variable and missing. */
    public static Path resolve() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENV);
        }
        if (p != null && !p.isBlank()) {
            Path dir = Path.of(p);
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new org.photonlab.hal.LabException("cannot create the lock directory " + dir + " (from "
                        + PROPERTY + " / " + ENV + "): " + e.getMessage());
            }
            return dir;
        }
        Path system = Path.of("/var/lock");
        if (Files.isDirectory(system) && Files.isWritable(system)) {
            return system;
        }
        String xdg = System.getenv("XDG_RUNTIME_DIR");
        if (xdg != null && !xdg.isBlank() && Files.isDirectory(Path.of(xdg))) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }
}
