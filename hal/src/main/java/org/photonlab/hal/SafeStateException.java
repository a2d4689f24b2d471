package org.photonlab.hal;

import java.util.List;

/**
 * The safe state of some DAC banks could not be confirmed: their device did not take the safe-state write (it is
 * unreachable, or refused it). Names every such bank.
 */
public class SafeStateException extends DeviceIoException {
    private final List<String> devices;

    public SafeStateException(String message, List<String> devices, Throwable cause) {
        super(message, cause);
        this.devices = List.copyOf(devices);
    }

    /** The DAC banks whose safe state was not confirmed, in bench order. */
    public List<String> devices() {
        return devices;
    }
}
