package org.photonlab.simulator.wire;

/**
 * One simulated instrument as the wire sees it: its protocol engine (holding the device state), its fault
 * stream and its watchdog feed. Shared by every connection and transport to it.
 */
public final class WireDevice {
    private final String name;
    private final String protocolName;
    private final DeviceProtocol protocol;
    private final FaultInjector faults;
    private final WatchdogFeed feed = new WatchdogFeed();

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

    /** What feeds the device's watchdog (output writes and keep-alives; never reads). */
    public WatchdogFeed watchdogFeed() {
        return feed;
    }
}
