package org.photonlab.hal;

/** A device that allows one user at a time is already open. */
public class DeviceInUseException extends LabException {
    public DeviceInUseException(String device) {
        super("device '" + device + "' is already in use; close the other session first");
    }
}
