package org.photonlab.app.run;

import org.photonlab.hal.LabException;

/**
 * A file of the run record could not be written (disk full, permission denied, read-only file system, file too
 * large). A lab error, not an internal one: the message names the file and the cause, and what the record kept.
 */
public final class RunRecordException extends LabException {
    public RunRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
