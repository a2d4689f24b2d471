package org.photonlab.bench.zo;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.zo.AcceptRule;
import org.photonlab.training.zo.FlopsConfig;
import org.photonlab.training.zo.MixedTrainConfig;
import org.photonlab.training.zo.PruningPolicies;

/**
 * A run configuration written as {@code method[:key=value,...]}, so that tuning grids fit on a command line.
 * Methods: {@code mixedtrn}, {@code flops} (our defaults) and {@code flops-ref} (the reference FLOPS, η 2, σ 0.1, Q 1,
 * F1–F3). Keys: {@code rule=stp|ref}, {@code pruning=NAME}, {@code lambda}, {@code eps}, {@code period}, {@code tau},
 * {@code zeps} (pruning tunables), {@code alphap}, {@code alphag}, {@code delta}, {@code m1}, {@code m4} (MixedTrn);
 * {@code eta}, {@code sigma}, {@code q}, {@code clip}, {@code alphap}, {@code f1}, {@code f2}, {@code f3} (FLOPS);
 * {@code steps} (steps per epoch) and {@code eval} (steps between accuracy checks for queries-to-target) for both.
 */
record RunSpec(String text, ZoRunConfig config) {

    static RunSpec parse(String text, int epochs, long seed, double ideal) {
        String[] head = text.split(":", 2);
        String method = head[0].trim().toLowerCase(Locale.ROOT);
        Map<String, String> kv = new LinkedHashMap<>();
        if (head.length > 1 && !head[1].isBlank()) {
            for (String pair : head[1].split(",")) {
                String[] p = pair.split("=", 2);
                if (p.length != 2) {
                    throw new IllegalArgumentException("expected key=value in '" + text + "', got '" + pair + "'");
                }
                kv.put(p[0].trim(), p[1].trim());
            }
        }
        ZoRunConfig.Builder b = ZoRunConfig.builder().epochs(epochs).seed(seed).idealAccuracy(ideal)
                .stepsPerEpoch(Integer.parseInt(kv.getOrDefault("steps", "0")))
                .evalEvery(Integer.parseInt(kv.getOrDefault("eval", "25")))
                .fixedBatch(Boolean.parseBoolean(kv.getOrDefault("m1", "false")));
        switch (method) {
            case "mixedtrn" -> b.optimizer(mixed(kv));
            case "flops" -> b.optimizer(flops(FlopsConfig.defaults(), kv));
            case "flops-ref" -> b.optimizer(flops(FlopsConfig.reference(), kv));
            default -> throw new IllegalArgumentException("unknown method '" + method + "'");
        }
        return new RunSpec(text, b.build());
    }

    private static MixedTrainConfig mixed(Map<String, String> kv) {
        MixedTrainConfig c = MixedTrainConfig.defaults();
        PruningPolicies.Params d = PruningPolicies.Params.defaults();
        PruningPolicies.Params p = new PruningPolicies.Params(num(kv, "lambda", d.lambda()), num(kv, "eps",
                d.epsilon()), (int) num(kv, "period", d.period()), num(kv, "tau", d.tau()), num(kv, "zeps",
                d.zeroEpsilon()));
        c = c.withPruning(PruningPolicies.parse(kv.getOrDefault("pruning", c.pruning().name()), p))
                .withAlphaP(num(kv, "alphap", c.alphaP())).withAlphaG(num(kv, "alphag", c.alphaG()))
                .withDelta0(num(kv, "delta", 1.0) * c.delta0())
                .withSameSeedPerLayer(Boolean.parseBoolean(kv.getOrDefault("m4", "false")));
        if (kv.containsKey("rule")) {
            c = c.withRule(kv.get("rule").startsWith("ref") ? AcceptRule.REFERENCE : AcceptRule.STP);
        }
        return c;
    }

    private static FlopsConfig flops(FlopsConfig c, Map<String, String> kv) {
        return c.withEta(num(kv, "eta", c.eta())).withSigma(num(kv, "sigma", c.sigma()))
                .withSamples((int) num(kv, "q", c.samples())).withClipNorm(num(kv, "clip", c.clipNorm()))
                .withAlphaP(num(kv, "alphap", c.alphaP()))
                .withQuirks(bool(kv, "f1", c.noRecommit()), bool(kv, "f2", c.firstNotAveraged()),
                        bool(kv, "f3", c.thousandSeeds()));
    }

    private static double num(Map<String, String> kv, String key, double dflt) {
        return kv.containsKey(key) ? Double.parseDouble(kv.get(key)) : dflt;
    }

    private static boolean bool(Map<String, String> kv, String key, boolean dflt) {
        return kv.containsKey(key) ? Boolean.parseBoolean(kv.get(key)) : dflt;
    }
}
