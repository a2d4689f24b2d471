package org.photonlab.hal;

/** No backend with the requested id is on the class path. */
public class BackendNotFoundException extends LabException {
    public BackendNotFoundException(String id, java.util.Collection<String> available) {
        super("no backend '" + id + "' is available; expected one of " + available);
    }
}
