package org.photonlab.simulator.wire;

import java.util.concurrent.ScheduledExecutorService;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.Provider;

/**
 * A factory for the device side of one instrument protocol, found by {@link #id()} through
 * {@link WireProtocols#registry()} and listed in {@code META-INF/services/org.photonlab.simulator.wire.WireProtocol}.
 * A new vendor protocol is one implementation plus that services line; the {@link WireSimulator} picks it for a
 * device whose bench options say {@code sim_protocol: <id>}.
 *
 * <p>Implementations are stateless and thread-safe; {@link #serve} is called once per served device.
 */
public interface WireProtocol extends Provider {
    /** The protocol id ({@code qontrol}, {@code scpi}); a client reaches the device with backend {@code <id>-tcp}. */
    @Override
    String id();

    /** The kind of bench device this protocol serves. */
    DeviceKind kind();

    /** The TCP port of the {@code index}-th device (from 0) served with this protocol when its options give none. */
    int defaultPort(int index);

    /**
     * Builds the served instrument for bench device {@code device}, with {@code physics} (which serves that device)
     * behind it.
     *
     * @param index  0 for the first device of the bench served with this protocol, 1 for the next, ...
     * @param timers the simulator's timer thread, for device-side timeouts; shut down with the simulator
     * @throws org.photonlab.hal.BenchConfigException for a bad option, naming the device and the option
     */
    ServedDevice serve(DeviceSpec device, int index, Backend physics, ScheduledExecutorService timers);
}
