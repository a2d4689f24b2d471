package org.photonlab.hal.lease;

import org.photonlab.hal.DeviceInUseException;

/**
 * A device's write lease is held by someone else, so this writer was refused before it wrote anything. The message
 * names the device, where it is, and the holder (pid, host, command, since when) when known.
 */
public class LeaseRefusedException extends DeviceInUseException {
    private final transient LeaseHolder holder;

    /**
     * @param device name in the bench file
     * @param where  the port or address ({@code tcp 127.0.0.1:10001}, {@code serial /dev/ttyUSB0})
     * @param holder the current holder, or null when it could not be read
     * @param how    what holds it, e.g. {@code the device's write lease}, {@code the host lock /run/lock/...}
     */
    public LeaseRefusedException(String device, String where, LeaseHolder holder, String how) {
        super(device, "device '" + device + "' (" + where + ") already has a writer: "
                + (holder == null ? "holder unknown" : holder.describe()) + " (" + how + "); wait until it ends "
                + "or stop it; read-only commands (bench check, dac get, pd read) still work over TCP");
        this.holder = holder;
    }

    /** The holder, or null when unknown. */
    public LeaseHolder holder() {
        return holder;
    }
}
