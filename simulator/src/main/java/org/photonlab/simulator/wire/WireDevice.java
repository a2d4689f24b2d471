package org.photonlab.simulator.wire;

/**
 * One simulated instrument as the wire sees it: its protocol engine (holding the device state), its fault
 * stream, its watchdog feed and its write lease. Shared by every connection and transport to it.
 */
public final class WireDevice {
    private final String name;
    private final String protocolName;
    private final DeviceProtocol protocol;
    private final FaultInjector faults;
    private final WatchdogFeed feed = new WatchdogFeed();
    private final WireLease lease;

    /** A device without a write lease (a meter, which drives nothing). */
    public WireDevice(String name, String protocolName, DeviceProtocol protocol, FaultPlan plan) {
        this(name, protocolName, protocol, plan, -1);
    }

    /**
     * A device with a write lease (see {@link WireLease}) that expires with the watchdog period
     * {@code leaseExpiryS} (0: only on release or disconnect; negative: no lease at all).
     */
    public WireDevice(String name, String protocolName, DeviceProtocol protocol, FaultPlan plan, double leaseExpiryS) {
        this.lease = leaseExpiryS < 0 ? null : new WireLease(feed, leaseExpiryS);
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

    /** The device's write lease, or null when it has none. */
    public WireLease lease() {
        return lease;
    }

    /** What feeds the device's watchdog (output writes and keep-alives; never reads). */
    public WatchdogFeed watchdogFeed() {
        return feed;
    }
}
