package org.photonlab.hal;

/** The transport to a device is broken (closed port, lost connection, garbled reply that cannot be recovered). */
public class DeviceIoException extends LabException {
    public DeviceIoException(String message) {
        super(message);
    }

    public DeviceIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
