package org.photonlab.drivers.lease;

import java.nio.file.Path;
import java.time.Instant;
import org.photonlab.hal.lease.LeaseHolder;

/**
 * A child process for the lock tests: takes the device lock of a serial target (args: lock dir, port path) as
 * writer {@code lock-holder-child}, prints {@code locked}, and waits to be killed.
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(LockDirectory.PROPERTY, args[0]);
        LeaseHolder me = new LeaseHolder(ProcessHandle.current().pid(), "child-host", "lock-holder-child",
                Instant.now());
        DeviceLock lock = DeviceLock.acquire("mesh_dac", LockTarget.serial(args[1]),
                org.photonlab.hal.lease.Access.writer(me));
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
