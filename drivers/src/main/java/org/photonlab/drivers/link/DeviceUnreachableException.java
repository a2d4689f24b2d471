package org.photonlab.drivers.link;

import org.photonlab.hal.DeviceIoException;

/**
 * A device could not be reached within the reconnect budget, or the bench it belongs to was already given up
 * ({@link BenchLiveness#isDead()}); requests to it fail at once instead of reconnecting again.
 */
public final class DeviceUnreachableException extends DeviceIoException {
    public DeviceUnreachableException(String message) {
        super(message);
    }

    public DeviceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
