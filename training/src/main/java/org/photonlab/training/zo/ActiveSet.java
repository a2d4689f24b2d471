package org.photonlab.training.zo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.photonlab.hal.core.CoreSection;

/**
 * Which phase coordinates an optimiser may tune: the static parameter-level sparsity of mixed training.
 *
 * <p>Mixed training (MixedTrn): each U or V phase is <em>active</em> (tuned on chip, heated) with probability
 * 1 − α_p, i.i.d. Bernoulli, and otherwise <em>passive</em>, fixed at its deployed value (a non-volatile element set
 * offline, which draws no static power). Σ phases are always active. Groups of any other section are never tuned.
 *
 * <p>Seeding: the Bernoulli draws of group (layer ℓ, section s) come from their own stream
 * {@code Seeds.mix(seed, 4ℓ + s)}, so layers of equal shape get different masks. The reference gives every layer the
 * same mask seed (quirk M4, so conv1 and conv2 start with the same active indices); {@code sameSeedPerLayer}
 * reproduces that by dropping ℓ from the stream. Immutable.
 */
public final class ActiveSet {
    private final boolean[][] active;
    private final int[][] indices;
    private final int count;

    private ActiveSet(boolean[][] active) {
        this.active = active;
        this.indices = new int[active.length][];
        int n = 0;
        for (int g = 0; g < active.length; g++) {
            int[] idx = new int[active[g].length];
            int m = 0;
            for (int i = 0; i < active[g].length; i++) {
                if (active[g][i]) {
                    idx[m++] = i;
                }
            }
            indices[g] = java.util.Arrays.copyOf(idx, m);
            n += m;
        }
        this.count = n;
    }

    /** Every U, Σ and V coordinate active (α_p = 0). */
    public static ActiveSet all(List<OnChipModel.PhaseGroup> groups) {
        return mixed(groups, 0.0, 0L, false);
    }

    /**
     * The mixed-training mask: U/V phases active with probability 1 − {@code alphaP}, Σ always.
     *
     * @param alphaP           fraction of U/V phases left passive, in [0, 1]
     * @param seed             mask seed
     * @param sameSeedPerLayer reference quirk M4: every layer draws from the same stream
     */
    public static ActiveSet mixed(List<OnChipModel.PhaseGroup> groups, double alphaP, long seed,
                                  boolean sameSeedPerLayer) {
        if (!(alphaP >= 0 && alphaP <= 1)) {
            throw new IllegalArgumentException("alphaP must be in [0, 1], got " + alphaP);
        }
        Map<String, Integer> layerIndex = new LinkedHashMap<>();
        boolean[][] active = new boolean[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            OnChipModel.PhaseGroup group = groups.get(g);
            int layer = layerIndex.computeIfAbsent(group.layer(), k -> layerIndex.size());
            boolean[] a = new boolean[group.size()];
            CoreSection s = group.section();
            if (s == CoreSection.SIGMA) {
                java.util.Arrays.fill(a, true);
            } else if (s == CoreSection.U || s == CoreSection.V) {
                long stream = (sameSeedPerLayer ? 0 : 4L * layer) + s.ordinal();
                SplittableRandom rng = new SplittableRandom(Seeds.mix(seed, stream));
                for (int i = 0; i < a.length; i++) {
                    a[i] = rng.nextDouble() >= alphaP;
                }
            }
            active[g] = a;
        }
        return new ActiveSet(active);
    }

    /** Ascending active indices of group {@code g} (not a copy: do not modify). */
    int[] indices(int g) {
        return indices[g];
    }

    /** Number of groups. */
    public int groups() {
        return active.length;
    }

    /** Whether coordinate (g, i) is active. */
    public boolean isActive(int g, int i) {
        return active[g][i];
    }

    /** Number of active coordinates. */
    public int count() {
        return count;
    }

    /** Number of active coordinates in group {@code g}. */
    public int count(int g) {
        return indices[g].length;
    }

    /** {@code active[g][i]}, a copy. */
    public boolean[][] mask() {
        boolean[][] m = new boolean[active.length][];
        for (int g = 0; g < active.length; g++) {
            m[g] = active[g].clone();
        }
        return m;
    }

    /** The complement, {@code passive[g][i]}, for {@link OnChipModel#declarePassive}. */
    public boolean[][] passiveMask() {
        boolean[][] m = new boolean[active.length][];
        for (int g = 0; g < active.length; g++) {
            m[g] = new boolean[active[g].length];
            for (int i = 0; i < m[g].length; i++) {
                m[g][i] = !active[g][i];
            }
        }
        return m;
    }

    /** Active coordinates as (group, index) pairs in model order. */
    public List<int[]> coordinates() {
        List<int[]> out = new ArrayList<>(count);
        for (int g = 0; g < indices.length; g++) {
            for (int i : indices[g]) {
                out.add(new int[] {g, i});
            }
        }
        return out;
    }
}
