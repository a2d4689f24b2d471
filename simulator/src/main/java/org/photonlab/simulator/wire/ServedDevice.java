package org.photonlab.simulator.wire;

import java.util.Map;

/**
 * What a {@link WireProtocol} built for one bench device.
 *
 * @param device        the instrument as the wire sees it
 * @param warmUpLine    a harmless host line answered once before serving, so a client's first request does not wait
 *                      for the protocol code to load
 * @param clientOptions bench options a client needs to reach this device as served (e.g. the identity its driver
 *                      checks); copied, in order
 * @param stop          releases what {@code serve} started (e.g. a watchdog timer); called once when the simulator
 *                      closes
 */
public record ServedDevice(WireDevice device, String warmUpLine, Map<String, Object> clientOptions, Runnable stop) {
    public ServedDevice {
        clientOptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clientOptions));
    }
}
