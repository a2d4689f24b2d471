package org.photonlab.simulator.wire.toy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.simulator.wire.DeviceProtocol;
import org.photonlab.simulator.wire.FaultPlan;
import org.photonlab.simulator.wire.ServedDevice;
import org.photonlab.simulator.wire.WireDevice;
import org.photonlab.simulator.wire.WireProtocol;

/**
 * A test-only wire protocol, listed only in this module's test resources: a detector that answers {@code ID?} with
 * {@code TOY <device>} and {@code N?} with its channel count. It shows that a new protocol is a new package plus one
 * services line, with no switch in the main code.
 */
public final class ToyWireProtocol implements WireProtocol {
    @Override
    public String id() {
        return "toy";
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DETECTOR;
    }

    @Override
    public int defaultPort(int index) {
        return 7000 + index;
    }

    @Override
    public ServedDevice serve(DeviceSpec d, int index, Backend physics, ScheduledExecutorService timers) {
        DetectorDevice det = physics.detector(d.name()).orElseThrow();
        DeviceProtocol protocol = new DeviceProtocol() {
            @Override
            public List<String> handle(String line) {
                return switch (line) {
                    case "ID?" -> List.of("TOY " + d.name());
                    case "N?" -> List.of(String.valueOf(det.channelCount()));
                    default -> List.of("ERR");
                };
            }

            @Override
            public List<String> overflow() {
                return List.of("ERR");
            }

            @Override
            public List<String> powerCycle() {
                return List.of();
            }

            @Override
            public boolean supportsPowerCycle() {
                return false;
            }

            @Override
            public boolean hasAsyncLines() {
                return false;
            }

            @Override
            public String unsolicitedLine() {
                return "";
            }
        };
        return new ServedDevice(new WireDevice(d.name(), id(), protocol, FaultPlan.NONE), "ID?",
                Map.of("identity", "TOY " + d.name(), "toy_channels", det.channelCount()), () -> { });
    }
}
