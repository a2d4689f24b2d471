package org.photonlab.drivers.slmsuite;

import org.photonlab.hal.LabException;

/** The slmsuite server refused a command that the driver needs (its message is kept verbatim). */
public class RemoteHardwareException extends LabException {
    public RemoteHardwareException(String endpoint, String command, Object message) {
        super("slmsuite server " + endpoint + " refused " + command + ": " + message);
    }
}
