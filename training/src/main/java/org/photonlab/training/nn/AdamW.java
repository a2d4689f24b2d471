package org.photonlab.training.nn;

import java.util.List;

/**
 * AdamW as in PyTorch: decoupled weight decay p ← p − lr·wd·p, then m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * p ← p − lr·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε); β₁ = 0.9, β₂ = 0.999, ε = 1e-8. Applied to every parameter.
 */
public final class AdamW {
    private static final double B1 = 0.9;
    private static final double B2 = 0.999;
    private static final double EPS = 1e-8;
    private final List<Param> params;
    private final double weightDecay;
    private final double[][] m;
    private final double[][] v;
    private long t;

    public AdamW(List<Param> params, double weightDecay) {
        this.params = List.copyOf(params);
        this.weightDecay = weightDecay;
        this.m = new double[params.size()][];
        this.v = new double[params.size()][];
        for (int i = 0; i < params.size(); i++) {
            m[i] = new double[params.get(i).value().length];
            v[i] = new double[params.get(i).value().length];
        }
    }

    /** One update with learning rate {@code lr} from the accumulated gradients (which are left as they are). */
    public void step(double lr) {
        t++;
        double c1 = 1 - Math.pow(B1, t);
        double c2 = 1 - Math.pow(B2, t);
        for (int i = 0; i < params.size(); i++) {
            double[] p = params.get(i).value();
            double[] g = params.get(i).grad();
            double[] mi = m[i];
            double[] vi = v[i];
            for (int j = 0; j < p.length; j++) {
                p[j] -= lr * weightDecay * p[j];
                mi[j] = B1 * mi[j] + (1 - B1) * g[j];
                vi[j] = B2 * vi[j] + (1 - B2) * g[j] * g[j];
                p[j] -= lr * (mi[j] / c1) / (Math.sqrt(vi[j] / c2) + EPS);
            }
        }
    }
}
