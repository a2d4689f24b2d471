package org.photonlab.simulator.opu;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.photonlab.hal.DeviceInUseException;

/** JVM-wide exclusive ownership of simulated devices by name (the real device uses a PID lock file). */
final class DeviceLocks {
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private DeviceLocks() {
    }

    static void acquire(String name) {
        if (!HELD.add(name)) {
            throw new DeviceInUseException(name);
        }
    }

    static void release(String name) {
        HELD.remove(name);
    }
}
