package org.photonlab.drivers.lease;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import org.photonlab.hal.LabException;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.lease.LeaseRefusedException;

/**
 * An exclusive OS-level lock on one device for this host: {@link FileChannel#tryLock()} on
 * {@code <lock dir>/photonlab-<key>.lock}, whose content is the holder's {@link LeaseHolder#encode()} line. The
 * operating system drops the lock when the process dies (kill -9 included), so it never leaks; the file itself
 * stays, holding the last holder's line, and is re-locked by the next writer. A second writer, in another process
 * or in this JVM, is refused with a {@link LeaseRefusedException} naming the holder read from the file.
 *
 * <p>Locks held by this JVM are also kept in a process-wide table, because POSIX drops every lock a process holds
 * on a file when any of its descriptors for that file closes. Thread-safe.
 */
public final class HostLock implements AutoCloseable {
    private static final ConcurrentHashMap<Path, LeaseHolder> HELD_HERE = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private HostLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code target} in {@code dir}. */
    public static Path fileOf(Path dir, LockTarget target) {
        return dir.resolve("photonlab-" + target.key() + ".lock");
    }

    /**
     * Takes the lock of {@code target} for {@code holder}.
     *
     * @param device the bench device name, for the refusal
     * @throws LeaseRefusedException when another process (or another bench of this JVM) holds it
     * @throws LabException when the lock file cannot be created or locked for another reason
     */
    public static HostLock acquire(String device, LockTarget target, LeaseHolder holder, Path dir) {
        Path file = fileOf(dir, target);
        LeaseHolder mine = HELD_HERE.putIfAbsent(file.toAbsolutePath(), holder);
        if (mine != null) {
            throw refused(device, target, mine, file);
        }
        try {
            return lock(device, target, holder, file);
        } catch (RuntimeException e) {
            HELD_HERE.remove(file.toAbsolutePath());
            throw e;
        }
    }

    private static HostLock lock(String device, LockTarget target, LeaseHolder holder, Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                LeaseHolder other = LeaseHolder.parse(read(ch));
                ch.close();
                throw refused(device, target, other, file);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((holder.encode() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new HostLock(file, ch, lock);
        } catch (AccessDeniedException e) {
            // another user's lock file in a shared directory: readable, not writable
            closeQuietly(ch);
            LeaseHolder other = null;
            try {
                other = LeaseHolder.parse(Files.readString(file));
            } catch (IOException | RuntimeException ignored) {
                // holder unknown
            }
            throw refused(device, target, other, file);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw refused(device, target, null, file);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new LabException("device '" + device + "' (" + target.where() + "): cannot take the host lock "
                    + file + ": " + e.getMessage() + "; set " + LockDirectory.PROPERTY + " or "
                    + LockDirectory.ENV + " to a writable directory");
        }
    }

    private static LeaseRefusedException refused(String device, LockTarget target, LeaseHolder holder, Path file) {
        return new LeaseRefusedException(device, target.where(), holder, "host lock " + file);
    }

    private static String read(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).trim();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Releases the lock (the file stays). Idempotent. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD_HERE.remove(file.toAbsolutePath());
    }
}
