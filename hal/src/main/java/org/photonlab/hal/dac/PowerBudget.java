package org.photonlab.hal.dac;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.PowerBudgetException;

/**
 * The total heater-power budget of a bench (its thermal load, W): the electrical power V²/R of every DAC channel
 * with a load, summed over all DAC banks of the bench, may not exceed it. Every bank of the bench checks a write
 * here, after its limits and before anything reaches the device ({@link #admit}); a write that would exceed the
 * budget is refused naming the budget and the would-be total. The safe state is recorded without a check (it must
 * always be possible; a bench whose safe state alone exceeds the budget is refused when it opens).
 *
 * <p>Thread-safe: the banks of one bench may be written from different threads; a bank calls in while holding its
 * own lock, and the budget never calls a bank, so the lock order is always bank then budget.
 */
public final class PowerBudget {
    private final double watts;
    private final Map<String, double[]> powers = new LinkedHashMap<>();

    /** @param watts the budget, W (finite, &gt; 0) */
    public PowerBudget(double watts) {
        if (!(watts > 0) || !Double.isFinite(watts)) {
            throw new BenchConfigException("power_budget_w must be a finite positive power in W, got " + watts);
        }
        this.watts = watts;
    }

    /** The budget, W. */
    public double watts() {
        return watts;
    }

    /** Adds a bank with the power each of its channels dissipates now, W (not kept: copied). */
    synchronized void register(String bank, double[] channelWatts) {
        if (powers.containsKey(bank)) {
            throw new IllegalStateException("bank '" + bank + "' is already in the power budget");
        }
        powers.put(bank, channelWatts.clone());
    }

    /**
     * Checks that setting {@code chs[i]} of {@code bank} to dissipate {@code channelWatts[i]} keeps the total within
     * the budget, and records it; throws {@link PowerBudgetException} (recording nothing) otherwise.
     */
    synchronized void admit(String bank, int[] chs, double[] channelWatts) {
        double total = totalWith(bank, chs, channelWatts);
        // a tolerance of rounding only: the same total summed in another order must not flip the answer
        if (total > watts * (1 + 1e-12)) {
            throw new PowerBudgetException(bank, chs.length, total, watts);
        }
        record(bank, chs, channelWatts);
    }

    /** Records a write without checking it (the safe state). */
    synchronized void record(String bank, int[] chs, double[] channelWatts) {
        double[] p = powers.get(bank);
        for (int i = 0; i < chs.length; i++) {
            p[chs[i]] = channelWatts[i];
        }
    }

    /** The bench's total heater power as last written, W. */
    public synchronized double total() {
        double sum = 0;
        for (double[] p : powers.values()) {
            for (double w : p) {
                sum += w;
            }
        }
        return sum;
    }

    private double totalWith(String bank, int[] chs, double[] channelWatts) {
        double[] own = powers.get(bank);
        double[] next = own.clone();
        for (int i = 0; i < chs.length; i++) {
            next[chs[i]] = channelWatts[i];
        }
        double sum = 0;
        for (Map.Entry<String, double[]> e : powers.entrySet()) {
            for (double w : e.getKey().equals(bank) ? next : e.getValue()) {
                sum += w;
            }
        }
        return sum;
    }
}
