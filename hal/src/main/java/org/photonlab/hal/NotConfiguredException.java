package org.photonlab.hal;

/** A device was used before it was configured. */
public class NotConfiguredException extends LabException {
    public NotConfiguredException(String message) {
        super(message);
    }
}
