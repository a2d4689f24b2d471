package org.photonlab.hal;

import java.util.List;

/**
 * Closing a bench could not confirm the safe state of some DAC banks (their device did not answer the safe-state
 * write). Names every such bank; the cause is the first bank's failure.
 */
public class SafeStateException extends LabException {
    private final List<String> devices;

    public SafeStateException(String bench, List<String> devices, RuntimeException first) {
        super("bench '" + bench + "': safe state not confirmed for " + String.join(", ", devices)
                + " (" + first.getMessage() + ")", first);
        this.devices = List.copyOf(devices);
    }

    /** The DAC banks whose safe state was not confirmed, in bench order. */
    public List<String> devices() {
        return devices;
    }
}
