package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws the fault, if any, for each host line of one device from a seeded stream, and counts what it injected.
 * Thread-safe: every connection of the device draws from the same stream.
 */
public final class FaultInjector {
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);

    private final String device;
    private final FaultPlan plan;
    private final List<FaultKind> kinds;
    private final Random random;
    private final Map<FaultKind, Integer> injected = new EnumMap<>(FaultKind.class);

    public FaultInjector(String device, FaultPlan plan, boolean asyncLines, boolean powerCycle) {
        this.device = device;
        this.plan = plan;
        this.kinds = new ArrayList<>();
        for (FaultKind k : plan.kinds()) {
            if ((k != FaultKind.UNSOLICITED || asyncLines) && (k != FaultKind.POWER_CYCLE || powerCycle)) {
                kinds.add(k);
            }
        }
        this.random = new Random(plan.seed() * 0x9E3779B97F4A7C15L + device.hashCode());
    }

    /** The fault for the next host line, or {@code null}. */
    public synchronized FaultKind next() {
        if (kinds.isEmpty() || plan.rate() <= 0 || random.nextDouble() >= plan.rate()) {
            return null;
        }
        FaultKind k = kinds.get(random.nextInt(kinds.size()));
        injected.merge(k, 1, Integer::sum);
        LOG.info("{}: injecting fault {}", device, k.yamlName());
        return k;
    }

    /** A random int for the fault's details (which byte to garble). */
    public synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public FaultPlan plan() {
        return plan;
    }

    /** Faults injected so far, by kind. */
    public synchronized Map<FaultKind, Integer> injected() {
        return new EnumMap<>(injected);
    }

    /** Total faults injected so far. */
    public synchronized int total() {
        int n = 0;
        for (int v : injected.values()) {
            n += v;
        }
        return n;
    }
}
