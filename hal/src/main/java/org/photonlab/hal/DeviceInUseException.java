package org.photonlab.hal;

/** A device that allows one user (or one writer) at a time is already in use. */
public class DeviceInUseException extends LabException {
    public DeviceInUseException(String device) {
        super("device '" + device + "' is already in use; close the other session first");
    }

    /** For subclasses that say more about who holds it. */
    protected DeviceInUseException(String device, String message) {
        super(message);
    }
}
