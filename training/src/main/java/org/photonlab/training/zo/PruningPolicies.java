package org.photonlab.training.zo;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@link PruningPolicy} objects by name: {@code none}, or any '+'-joined combination of {@code direction}
 * (rule a), {@code gated} (rule b) and {@code zero} (rule c), or {@code all} for the three. See
 * {@link PowerAwarePruning}.
 */
public final class PruningPolicies {
    /** The names accepted by {@link #parse}, for help texts. */
    public static final String NAMES = "none|direction|gated|zero|all (or a '+' combination, e.g. direction+zero)";

    private PruningPolicies() {
    }

    /**
     * Tunables of the rules.
     *
     * @param lambda      rule (b) price of power, loss per rad of programmed phase
     * @param epsilon     rule (b) loss tolerance of a power-decreasing move
     * @param period      rule (c) steps between prune-to-zero sweeps
     * @param tau         rule (c) candidate distance from 0/2π, rad
     * @param zeroEpsilon rule (c) loss budget of one sweep
     */
    public record Params(double lambda, double epsilon, int period, double tau, double zeroEpsilon) {
        /**
         * The defaults chosen by measurement on CNN-S / MNIST-16 (docs/zo-training.md): λ = 0.002 per rad, ε = 0
         * (a power-decreasing move must not raise the loss: any ε &gt; 0 accumulates over a step and cost accuracy),
         * a sweep every 25 steps over phases within 0.2 rad of 0/2π with a loss budget of 0.01.
         */
        public static Params defaults() {
            return new Params(0.002, 0.0, 25, 0.2, 0.01);
        }
    }

    /** {@link #parse(String, Params)} with {@link Params#defaults()}. */
    public static PruningPolicy parse(String spec) {
        return parse(spec, Params.defaults());
    }

    /** The policy named {@code spec}; throws IllegalArgumentException naming an unknown part. */
    public static PruningPolicy parse(String spec, Params p) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("none")) {
            return PruningPolicy.NONE;
        }
        Set<String> parts = new TreeSet<>();
        for (String part : s.split("\\+")) {
            String t = part.trim();
            if (t.equals("all")) {
                parts.addAll(Set.of("direction", "gated", "zero"));
            } else if (t.equals("direction") || t.equals("gated") || t.equals("zero")) {
                parts.add(t);
            } else {
                throw new IllegalArgumentException("unknown pruning policy '" + part.trim() + "' in '" + spec
                        + "'; expected " + NAMES);
            }
        }
        String name = parts.size() == 3 ? "all" : String.join("+", parts);
        return new PowerAwarePruning(name, parts.contains("direction"),
                parts.contains("gated") ? p.lambda() : Double.NaN, p.epsilon(),
                parts.contains("zero") ? new PruneToZero(p.period(), p.tau(), p.zeroEpsilon()) : null);
    }
}
