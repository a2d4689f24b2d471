package org.photonlab.hal.spi;

import java.util.EnumMap;
import java.util.Map;
import org.photonlab.hal.bench.DeviceKind;

/**
 * Everything one backend reads from a bench file besides the device model: the keys of each device kind's
 * {@code options:} and, for a simulator, the keys of the bench's {@code physics:}. Immutable.
 *
 * @param devices the accepted {@code options:} keys per device kind; a kind that is absent accepts none
 * @param physics the accepted {@code physics:} keys ({@link OptionSet#NONE} for real hardware)
 */
public record BackendOptions(Map<DeviceKind, OptionSet> devices, OptionSet physics) {
    /** A backend that reads no options and no physics. */
    public static final BackendOptions NONE = new BackendOptions(Map.of(), OptionSet.NONE);

    public BackendOptions {
        devices = devices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(devices));
    }

    /** The same options for every kind of device, no physics. */
    public static BackendOptions devices(OptionSet all, DeviceKind... kinds) {
        Map<DeviceKind, OptionSet> m = new EnumMap<>(DeviceKind.class);
        for (DeviceKind k : kinds) {
            m.put(k, all);
        }
        return new BackendOptions(m, OptionSet.NONE);
    }

    /** The {@code options:} keys of a device of {@code kind}. */
    public OptionSet of(DeviceKind kind) {
        return devices.getOrDefault(kind, OptionSet.NONE);
    }
}
