package org.photonlab.simulator.wire;

/**
 * One simulated instrument as the wire sees it: its protocol engine (holding the device state), its fault
 * stream and its host-activity clock (for the watchdog). Shared by every connection and transport to it.
 */
public final class WireDevice {
    private final String name;
    private final String protocolName;
    private final DeviceProtocol protocol;
    private final FaultInjector faults;
    private volatile long lastHostNanos = System.nanoTime();

    public WireDevice(String name, String protocolName, DeviceProtocol protocol, FaultPlan plan) {
        this.name = name;
        this.protocolName = protocolName;
        this.protocol = protocol;
        this.faults = new FaultInjector(name, plan, protocol.hasAsyncLines(), protocol.supportsPowerCycle());
    }

    public String name() {
        return name;
    }

    /** {@code qontrol} or {@code scpi}. */
    public String protocolName() {
        return protocolName;
    }

    public DeviceProtocol protocol() {
        return protocol;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Records host activity (any received byte). */
    void touch() {
        lastHostNanos = System.nanoTime();
    }

    /** Monotonic time of the last host activity. */
    long lastHostNanos() {
        return lastHostNanos;
    }
}
