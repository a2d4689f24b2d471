package org.photonlab.hal;

/** A bench description that is missing, malformed or inconsistent. */
public class BenchConfigException extends LabException {
    public BenchConfigException(String message) {
        super(message);
    }

    public BenchConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
