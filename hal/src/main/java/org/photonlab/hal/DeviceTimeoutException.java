package org.photonlab.hal;

/** A device did not answer before the request's deadline. */
public class DeviceTimeoutException extends DeviceIoException {
    public DeviceTimeoutException(String message) {
        super(message);
    }
}
