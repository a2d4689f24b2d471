package org.photonlab.drivers.link;

import org.photonlab.hal.DeviceIoException;

/**
 * The device reported that it lost the pending command (it powered up, or saw a serial error) while the link itself
 * stayed in step. Recovery is to reconcile and send the command again, with no resynchronisation needed.
 */
public class CommandLostException extends DeviceIoException {
    public CommandLostException(String message) {
        super(message);
    }
}
