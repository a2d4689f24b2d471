package org.photonlab.training.zo;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;

/**
 * A real (if tiny) OnChipModel for optimiser tests: phase groups like a chip's, a pluggable loss of the phases and
 * the batch, exact query counting, the chip's power model (φ_prog·P_π/π over the selected heaters), and a log of
 * every single-phase commit.
 */
final class ToyChip implements OnChipModel {
    static final double P_PI_WATTS = 0.03;

    /** The loss a toy chip computes. */
    interface Loss {
        double of(double[] theta, Batch batch);

        /** Accuracy on a data set; 0 if the loss has no notion of it. */
        default double accuracy(double[] theta, Dataset data) {
            return 0;
        }
    }

    private final List<PhaseGroup> groups;
    private final int[] offsets;
    private final double[] theta;
    private final Loss loss;
    private long queries;
    private boolean[][] passive;
    final List<int[]> commits = new ArrayList<>();

    ToyChip(List<PhaseGroup> groups, double[] theta, Loss loss) {
        this.groups = List.copyOf(groups);
        this.offsets = new int[groups.size() + 1];
        for (int g = 0; g < groups.size(); g++) {
            offsets[g + 1] = offsets[g] + groups.get(g).size();
        }
        if (theta.length != offsets[groups.size()]) {
            throw new IllegalArgumentException("theta has " + theta.length + " phases, groups " + offsets[groups.size()]);
        }
        this.theta = theta.clone();
        this.loss = loss;
    }

    /** Layers of U (m), Σ (k), V (m) groups, as the chip contract orders them. */
    static List<PhaseGroup> layers(int layers, int m, int k) {
        List<PhaseGroup> g = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            g.add(new PhaseGroup("layer" + l, CoreSection.U, m));
            g.add(new PhaseGroup("layer" + l, CoreSection.SIGMA, k));
            g.add(new PhaseGroup("layer" + l, CoreSection.V, m));
        }
        return g;
    }

    int flat(int g, int i) {
        return offsets[g] + i;
    }

    @Override
    public List<PhaseGroup> groups() {
        return groups;
    }

    @Override
    public int phaseCount() {
        return theta.length;
    }

    @Override
    public double phase(int group, int index) {
        return theta[flat(group, index)];
    }

    @Override
    public void setPhase(int group, int index, double phase) {
        theta[flat(group, index)] = phase;
        commits.add(new int[] {group, index});
    }

    @Override
    public double[] phases() {
        return theta.clone();
    }

    @Override
    public void setPhases(double[] all) {
        System.arraycopy(all, 0, theta, 0, theta.length);
    }

    @Override
    public double loss(Batch batch) {
        queries++;
        return loss.of(theta, batch);
    }

    /** The loss without counting a query (for assertions). */
    double peek(Batch batch) {
        return loss.of(theta, batch);
    }

    @Override
    public double accuracy(Dataset data) {
        return loss.accuracy(theta, data);
    }

    @Override
    public long queries() {
        return queries;
    }

    @Override
    public double powerWatts(boolean[][] active) {
        double p = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                if (active == null || active[g][i]) {
                    p += PhasePower.of(theta[flat(g, i)], groups.get(g).section().range());
                }
            }
        }
        return p * P_PI_WATTS / Math.PI;
    }

    @Override
    public void declarePassive(boolean[][] passive) {
        this.passive = passive;
    }

    boolean[][] declaredPassive() {
        return passive;
    }
}
