package org.photonlab.training.data;

import org.photonlab.hal.LabException;

/** A data set was asked for by a name that is not bundled. */
public final class UnknownDatasetException extends LabException {
    public UnknownDatasetException(String name, Iterable<String> known) {
        super("unknown dataset '" + name + "'; expected one of " + String.join(", ", known));
    }
}
