package org.photonlab.drivers.link;

import org.photonlab.hal.LabException;

/**
 * The device understood the command and refused it (over-voltage, bad channel, ...). A value, not a transport
 * failure: it is never retried.
 */
public class DeviceRefusedException extends LabException {
    public DeviceRefusedException(String message) {
        super(message);
    }
}
