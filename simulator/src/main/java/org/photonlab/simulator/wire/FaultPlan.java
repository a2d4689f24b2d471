package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.photonlab.hal.BenchConfigException;

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

    /** Reads the plan from a device's options. */
    public static FaultPlan fromOptions(String device, Map<String, Object> options) {
        double rate = number(device, options, "sim_fault_rate", 0);
        long seed = (long) number(device, options, "sim_fault_seed", 1);
        long delay = (long) number(device, options, "sim_fault_delay_ms", 400);
        Set<FaultKind> kinds = EnumSet.allOf(FaultKind.class);
        Object k = options.get("sim_faults");
        if (k != null) {
            kinds = EnumSet.noneOf(FaultKind.class);
            List<Object> items = k instanceof List<?> l ? new ArrayList<>(l) : List.of((Object[]) k.toString()
                    .split(","));
            for (Object item : items) {
                try {
                    kinds.add(FaultKind.parse(item.toString()));
                } catch (IllegalArgumentException e) {
                    throw new BenchConfigException("device '" + device + "': options.sim_faults: " + e.getMessage());
                }
            }
        }
        return new FaultPlan(rate, kinds, seed, delay);
    }

    private static double number(String device, Map<String, Object> options, String key, double fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new BenchConfigException("device '" + device + "': options." + key + " must be a number, got '"
                + v + "'");
    }

    /** The same plan with another rate. */
    public FaultPlan withRate(double r) {
        return new FaultPlan(r, kinds, seed, delayMs);
    }
}
