package org.photonlab.drivers.link;

import org.photonlab.hal.LabException;

/**
 * The device understood the command and refused it (over-voltage, bad channel, ...). A value, not a transport
 * failure: it is never retried.
 */
public class DeviceRefusedException extends LabException {
    private final String reply;

    public DeviceRefusedException(String message) {
        this(message, null);
    }

    /** @param reply the device's refusal line, e.g. {@code E13:00} */
    public DeviceRefusedException(String message, String reply) {
        super(message);
        this.reply = reply;
    }

    /** The device's refusal line, or null when not known. */
    public String reply() {
        return reply;
    }
}
