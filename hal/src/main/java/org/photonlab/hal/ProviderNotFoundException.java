package org.photonlab.hal;

import java.util.Collection;

/**
 * No provider of the requested kind has the requested id on the class path: no backend for a bench device, no driver
 * protocol for a backend, no wire protocol for a simulated device. The message names the id asked for and the ids
 * that are available.
 */
public class ProviderNotFoundException extends LabException {
    private final String id;

    /**
     * @param kind      what was looked for, as a reader calls it ({@code backend}, {@code driver protocol}, ...)
     * @param id        the id asked for
     * @param available the ids that are on the class path, in the order they should be listed
     */
    public ProviderNotFoundException(String kind, String id, Collection<String> available) {
        super("no " + kind + " '" + id + "' is available; expected one of " + available);
        this.id = id;
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }
}
