package org.photonlab.protocols.line;

import org.photonlab.hal.DeviceIoException;

/** A reply that does not have the form the protocol requires (garbled, out of step, wrong count). */
public class ProtocolException extends DeviceIoException {
    public ProtocolException(String message) {
        super(message);
    }
}
