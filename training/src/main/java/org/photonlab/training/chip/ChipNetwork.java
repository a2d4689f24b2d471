package org.photonlab.training.chip;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.training.data.Batch;
import org.photonlab.training.data.Dataset;
import org.photonlab.training.mapping.BlockGrid;
import org.photonlab.training.mapping.LayerMapping;
import org.photonlab.training.nn.CrossEntropy;
import org.photonlab.training.nn.Layer;
import org.photonlab.training.nn.Network;
import org.photonlab.training.nn.WeightLayer;
import org.photonlab.training.zo.OnChipModel;

/**
 * A pre-trained {@link Network} deployed on the photonic cores of an open {@link Bench}: every weight layer's k×k
 * blocks run on cores (see {@link ChipLayer}, {@link CorePlan}); BatchNorm (inference mode, running statistics) and
 * ReLU6 stay electronic and fixed. The zeroth-order optimisers see it as an {@link OnChipModel}.
 *
 * <p>Coordinates: for each weight layer in model order, its U, then Σ, then V phases; within a group, block
 * b = p·Q + q and packed phase n give index b·perBlock + n.
 *
 * <p>Speed: the activations of every layer and the readings of every core are kept for the last batch. When
 * {@link #loss} sees the same batch again (same object, same {@link Batch#version()}) and the bench's readout is
 * deterministic, only the cores changed since are queried again, that layer re-summed, and only the layers after it
 * recomputed; cores are assumed thermally independent of each other (crosstalk acts within a mesh). With noisy
 * detectors every loss measures every core afresh. Buffers are allocated once per batch size, none per query.
 *
 * <p>Not thread-safe.
 */
public final class ChipNetwork implements OnChipModel {
    private static final int EVAL_CHUNK = 256;
    private final Network network;
    private final Bench bench;
    private final CorePlan plan;
    private final List<Layer> layers;
    /** chipOf[i] is the chip layer carrying layers[i], or null for an electronic layer. */
    private final ChipLayer[] chipOf;
    private final List<ChipLayer> chipLayers = new ArrayList<>();
    private final List<PhaseGroup> groups;
    private final int[] groupLayer;
    private final CoreSection[] groupSection;
    private final int phaseCount;
    private final boolean deterministic;
    private boolean cacheEnabled = true;
    private double[][] acts = new double[0][];
    private int capacity;
    private Batch lastBatch;
    private long lastVersion;
    private int lastSize;
    private long queries;

    private ChipNetwork(Network network, Bench bench, int k) {
        this.network = network;
        this.bench = bench;
        this.layers = network.layers();
        List<String> names = new ArrayList<>();
        List<BlockGrid> grids = new ArrayList<>();
        List<LayerMapping> maps = new ArrayList<>();
        for (WeightLayer w : network.weightLayers()) {
            LayerMapping m = LayerMapping.of(w.weight(), w.rows(), w.cols(), k);
            names.add(w.name());
            grids.add(m.grid());
            maps.add(m);
        }
        this.plan = CorePlan.of(network.spec().kind(), names, grids, bench.cores(),
                bench.description().name());
        this.chipOf = new ChipLayer[layers.size()];
        int wl = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof WeightLayer w) {
                ChipLayer c = new ChipLayer(w, maps.get(wl), plan.cores(wl));
                chipOf[i] = c;
                chipLayers.add(c);
                wl++;
            }
        }
        CoreSection[] order = {CoreSection.U, CoreSection.SIGMA, CoreSection.V};
        List<PhaseGroup> g = new ArrayList<>();
        this.groupLayer = new int[chipLayers.size() * 3];
        this.groupSection = new CoreSection[chipLayers.size() * 3];
        int total = 0;
        for (int l = 0; l < chipLayers.size(); l++) {
            for (int s = 0; s < 3; s++) {
                ChipLayer c = chipLayers.get(l);
                int size = c.blocks() * c.perBlock(order[s]);
                g.add(new PhaseGroup(c.name(), order[s], size));
                groupLayer[l * 3 + s] = l;
                groupSection[l * 3 + s] = order[s];
                total += size;
            }
        }
        this.groups = List.copyOf(g);
        this.phaseCount = total;
        this.deterministic = bench.deterministicReadout();
    }

    /**
     * Maps {@code network}'s weights onto k×k blocks (k = the bench's core size), assigns the blocks to cores
     * ({@link CorePlan#of}: one core per block, or time-multiplexed when the bench has fewer cores than blocks) and
     * programs every core. {@code network} is not modified and must not be changed afterwards.
     *
     * @throws LabException if the bench has no cores or cores of another size
     */
    public static ChipNetwork deploy(Network network, Bench bench) {
        if (bench.cores().isEmpty()) {
            throw new LabException("bench '" + bench.description().name() + "' has no photonic cores");
        }
        return deploy(network, bench, bench.cores().get(0).size());
    }

    /** Like {@link #deploy(Network, Bench)} with an explicit block size k. */
    public static ChipNetwork deploy(Network network, Bench bench, int k) {
        ChipNetwork c = new ChipNetwork(network, bench, k);
        for (ChipLayer l : c.chipLayers) {
            l.programAll();
        }
        return c;
    }

    /** Cores of size k a one-core-per-block deployment of {@code network} needs (31 for CNN-S at k = 9). */
    public static int coresNeeded(Network network, int k) {
        int n = 0;
        for (WeightLayer w : network.weightLayers()) {
            n += new BlockGrid(w.rows(), w.cols(), k).blocks();
        }
        return n;
    }

    /**
     * Forgets the cached readings, so that the next loss measures every core. Needed only if the chip's state was
     * changed other than through this object (e.g. a calibration routine driving the cores directly).
     */
    public void invalidateCache() {
        lastBatch = null;
    }

    public Network network() {
        return network;
    }

    public CorePlan plan() {
        return plan;
    }

    /** Physical cores the deployment uses. */
    public int coresUsed() {
        return plan.coresUsed();
    }

    /** Whole-core writes of a block onto a shared core since deployment (0 unless time-multiplexed). */
    public long reprograms() {
        return plan.reprograms();
    }

    /**
     * Detector readings that came back over range (a saturated detector or ADC) since deployment, over every core.
     * A trainer that sees this grow is learning from clipped outputs.
     */
    public long overRangeReadings() {
        long n = 0;
        for (ChipLayer l : chipLayers) {
            n += l.overRangeReadings();
        }
        return n;
    }

    /** Per-block electronic gain S_scale of block b of weight layer l. */
    public double sScale(int layer, int block) {
        return chipLayers.get(layer).sScale(block);
    }

    /**
     * Turns the per-batch cache on or off (on by default; it is used only when the bench's readout is
     * deterministic). Turning it off makes every loss query every core, which tests compare against.
     */
    public void setCacheEnabled(boolean on) {
        cacheEnabled = on;
        lastBatch = null;
    }

    @Override
    public List<PhaseGroup> groups() {
        return groups;
    }

    @Override
    public int phaseCount() {
        return phaseCount;
    }

    @Override
    public double phase(int group, int index) {
        return chipLayers.get(groupLayer[group]).theta(groupSection[group])[index];
    }

    @Override
    public void setPhase(int group, int index, double phase) {
        chipLayers.get(groupLayer[group]).setPhase(groupSection[group], index, phase);
    }

    @Override
    public double[] phases() {
        double[] out = new double[phaseCount];
        int off = 0;
        for (int g = 0; g < groups.size(); g++) {
            double[] t = chipLayers.get(groupLayer[g]).theta(groupSection[g]);
            System.arraycopy(t, 0, out, off, t.length);
            off += t.length;
        }
        return out;
    }

    @Override
    public void setPhases(double[] all) {
        if (all.length != phaseCount) {
            throw new IllegalArgumentException(all.length + " phases given, the deployment has " + phaseCount);
        }
        int off = 0;
        for (int g = 0; g < groups.size(); g++) {
            double[] t = chipLayers.get(groupLayer[g]).theta(groupSection[g]);
            System.arraycopy(all, off, t, 0, t.length);
            off += t.length;
        }
        for (ChipLayer l : chipLayers) {
            l.programAll();
        }
    }

    @Override
    public double loss(Batch batch) {
        double[] logits = forward(batch);
        queries++;
        return CrossEntropy.loss(logits, batch.labels(), batch.size(), network.classes(), null);
    }

    /** The logits of a batch forwarded through the chip, n × classes (a copy; not counted as a query). */
    public double[] logits(Batch batch) {
        double[] l = forward(batch);
        return java.util.Arrays.copyOf(l, batch.size() * network.classes());
    }

    @Override
    public double accuracy(Dataset data) {
        int ok = 0;
        for (int from = 0; from < data.size(); from += EVAL_CHUNK) {
            int n = Math.min(EVAL_CHUNK, data.size() - from);
            Batch b = Batch.range(data, from, n);
            double[] logits = forward(b);
            ok += CrossEntropy.correct(logits, b.labels(), n, network.classes());
        }
        return data.size() == 0 ? 0 : (double) ok / data.size();
    }

    @Override
    public long queries() {
        return queries;
    }

    @Override
    public double powerWatts(boolean[][] active) {
        double sum = 0;
        for (int g = 0; g < groups.size(); g++) {
            ChipLayer c = chipLayers.get(groupLayer[g]);
            CoreSection s = groupSection[g];
            int per = c.perBlock(s);
            int size = groups.get(g).size();
            for (int i = 0; i < size; i++) {
                if (active == null || active[g][i]) {
                    sum += c.core(i / per).heaterPower(s, i % per);
                }
            }
        }
        return sum;
    }

    @Override
    public void declarePassive(boolean[][] passive) {
        for (int g = 0; g < groups.size(); g++) {
            ChipLayer c = chipLayers.get(groupLayer[g]);
            CoreSection s = groupSection[g];
            int per = c.perBlock(s);
            if (passive[g].length != groups.get(g).size()) {
                throw new IllegalArgumentException("group " + g + " has " + groups.get(g).size()
                        + " phases, passive mask has " + passive[g].length);
            }
            for (int b = 0; b < c.blocks(); b++) {
                boolean[] slice = java.util.Arrays.copyOfRange(passive[g], b * per, b * per + per);
                c.core(b).setPassive(s, slice);
            }
            // passive heaters stop radiating, so the cores' outputs may change
            c.markAllDirty();
        }
    }

    /** Forward pass through the chip; returns the live logits buffer. */
    private double[] forward(Batch batch) {
        if (batch.dim() != network.inputSize()) {
            throw new IllegalArgumentException("batch samples have " + batch.dim() + " features, model "
                    + network.spec().kind() + " takes " + network.inputSize());
        }
        int n = batch.size();
        ensureCapacity(n);
        boolean same = cacheEnabled && deterministic && batch == lastBatch && batch.version() == lastVersion
                && n == lastSize;
        boolean changed = !same;
        if (changed) {
            float[] f = batch.features();
            double[] a0 = acts[0];
            int len = n * network.inputSize();
            for (int i = 0; i < len; i++) {
                a0[i] = f[i];
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            ChipLayer c = chipOf[i];
            if (c != null) {
                if (changed) {
                    c.forwardAll(acts[i], n, acts[i + 1]);
                } else {
                    changed = c.forwardDirty(n, acts[i + 1]);
                }
            } else if (changed) {
                layers.get(i).forward(acts[i], acts[i + 1], n, false);
            }
        }
        lastBatch = batch;
        lastVersion = batch.version();
        lastSize = n;
        return acts[layers.size()];
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) {
            return;
        }
        acts = new double[layers.size() + 1][];
        acts[0] = new double[n * network.inputSize()];
        for (int i = 0; i < layers.size(); i++) {
            acts[i + 1] = new double[n * layers.get(i).outSize()];
        }
        for (ChipLayer c : chipLayers) {
            c.ensureCapacity(n);
        }
        capacity = n;
        lastBatch = null;
    }
}
