package org.photonlab.simulator.wire;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.spi.OptionValues;

/**
 * Which faults one simulated device injects, how often, and with which seed. Read from the device's bench options:
 * {@code sim_fault_rate} (probability per host line, default 0), {@code sim_faults} (comma-separated kinds, default
 * all that the protocol supports), {@code sim_fault_seed} (default 1), {@code sim_fault_delay_ms} (default 400).
 *
 * @param rate    probability that a host line's reply is faulted
 * @param kinds   kinds to draw from, uniformly
 * @param seed    seed of the device's fault stream
 * @param delayMs how long a {@link FaultKind#DELAY} stalls the device
 */
public record FaultPlan(double rate, Set<FaultKind> kinds, long seed, long delayMs) {
    public static final FaultPlan NONE = new FaultPlan(0, EnumSet.noneOf(FaultKind.class), 1, 400);

    public FaultPlan {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(FaultKind.class) : EnumSet.copyOf(kinds);
        if (!(rate >= 0 && rate <= 1)) {
            throw new BenchConfigException("sim_fault_rate must be in [0, 1], got " + rate);
        }
    }

    /** Reads the plan from a served device's checked options ({@link WireDeviceOptions}). */
    public static FaultPlan fromOptions(String device, OptionValues o) {
        Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
        List<String> given = WireDeviceOptions.kinds(o);
        if (given != null) {
            kinds = EnumSet.noneOf(FaultKind.class);
            for (String item : given) {
                try {
                    kinds.add(FaultKind.parse(item));
                } catch (IllegalArgumentException e) {
                    throw new BenchConfigException("devices." + device + ".options.sim_faults: " + e.getMessage());
                }
            }
        }
        return new FaultPlan(o.number("sim_fault_rate"), kinds, o.integer("sim_fault_seed"),
                o.integer("sim_fault_delay_ms"));
    }

    /** The same plan with another rate. */
    public FaultPlan withRate(double r) {
        return new FaultPlan(r, kinds, seed, delayMs);
    }
}
