package org.photonlab.drivers.lease;

import java.nio.file.Path;
import org.photonlab.hal.lease.Access;
import org.photonlab.hal.lease.LeaseHolder;

/**
 * The host-side locks one opened device holds, by transport: a serial port is locked in every mode (a serial line
 * carries one conversation, so even a reader beside a writer would steal its replies), with a {@link HostLock} and a
 * {@link UucpLock}; a TCP endpoint is locked by writers only (observers use connections of their own), with a
 * {@link HostLock} keyed by the resolved address and port. A device without a lock target (an in-JVM pipe) takes
 * none. Released on close, and by the operating system when the process dies.
 */
public final class DeviceLock implements AutoCloseable {
    private static final DeviceLock NONE = new DeviceLock(null, null);
    private final HostLock host;
    private final UucpLock uucp;

    private DeviceLock(HostLock host, UucpLock uucp) {
        this.host = host;
        this.uucp = uucp;
    }

    /**
     * Takes what {@code target} needs for {@code access}.
     *
     * @throws org.photonlab.hal.lease.LeaseRefusedException when someone else holds it, naming the holder
     */
    public static DeviceLock acquire(String device, LockTarget target, Access access) {
        if (target == null || (!target.serial() && !access.isWriter())) {
            return NONE;
        }
        LeaseHolder holder = access.isWriter() ? access.writer() : observerOf(LeaseHolder.thisProcess());
        Path dir = LockDirectory.resolve();
        HostLock h = HostLock.acquire(device, target, holder, dir);
        if (!target.serial()) {
            return new DeviceLock(h, null);
        }
        try {
            return new DeviceLock(h, UucpLock.acquire(device, target, holder, dir));
        } catch (RuntimeException e) {
            h.close();
            throw e;
        }
    }

    private static LeaseHolder observerOf(LeaseHolder h) {
        return new LeaseHolder(h.pid(), h.host(), h.command() + " (reading)", h.since());
    }

    @Override
    public void close() {
        if (uucp != null) {
            uucp.close();
        }
        if (host != null) {
            host.close();
        }
    }
}
