package org.photonlab.hal;

/**
 * Two providers of the same kind claim the same id, so which one a bench file means is ambiguous. Never resolved
 * silently: the message names the id and both classes, so the operator can remove one of the jars.
 */
public class DuplicateProviderException extends LabException {
    public DuplicateProviderException(String kind, String id, Class<?> first, Class<?> second) {
        super("two " + kind + " providers claim id '" + id + "': " + first.getName() + " and " + second.getName()
                + "; remove one of them from the class path");
    }
}
