package org.photonlab.hal;

/**
 * Root of every error PhotonLab raises on purpose. Messages name what was wrong and what was expected, so that the
 * command line can print them as one line without a stack trace.
 */
public class LabException extends RuntimeException {
    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}
