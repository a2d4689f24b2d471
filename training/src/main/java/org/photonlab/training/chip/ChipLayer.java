package org.photonlab.training.chip;

import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.training.mapping.BlockGrid;
import org.photonlab.training.mapping.LayerMapping;
import org.photonlab.training.nn.WeightLayer;

/**
 * One weight layer carried by photonic cores: its target phases, and its forward pass through the chip with a
 * per-block output cache.
 *
 * <p>Forward: the layer's input vectors (the sample for a fully connected layer, the im2col patches for a
 * convolution), zero-padded to Q·k, are split into Q column blocks of k; block (p, q)'s core transforms column block
 * q and its readings, times the block's electronic gain S_scale(p, q), are summed over q into output rows
 * p·k … p·k+k−1, of which the first M are kept:
 * y_r = Σ_q S_scale(p,q)·core_pq(x_q)_r with p = ⌊r/k⌋.
 * The readings of every block are kept, so that after a change on a few cores only those cores are queried again
 * for the same input ({@link #forwardDirty}).
 *
 * <p>Phases: target θ per section, flattened over blocks as b·perBlock + n with b = p·Q + q. Not thread-safe.
 */
final class ChipLayer {
    private final WeightLayer layer;
    private final BlockGrid grid;
    private final int k;
    private final int q;
    private final PhotonicCore[] cores;
    private final double[] sScale;
    private final double[][] signs;
    private final double[] thetaU;
    private final double[] thetaS;
    private final double[] thetaV;
    private final boolean[] dirty;
    private boolean anyDirty;
    private int capacityVectors;
    /** Gathered input vectors, vectors × Q·k (pad columns stay 0). */
    private double[] gathered = new double[0];
    /** Input of column block q, vectors × k. */
    private double[][] xBlocks;
    /** Readings of block b, vectors × k. */
    private double[][] yBlocks;
    /** One block row's summed outputs, vectors × k (scratch for the sum). */
    private double[] acc = new double[0];
    /** Input vectors of the last gathered batch. */
    private int vectors;
    /** Detector readings that came back over range (saturated), over the layer's life. */
    private long overRange;

    ChipLayer(WeightLayer layer, LayerMapping mapping, PhotonicCore[] cores) {
        this.layer = layer;
        this.grid = mapping.grid();
        this.k = grid.k();
        this.q = grid.blockCols();
        this.cores = cores.clone();
        int blocks = grid.blocks();
        int m = ClementsMesh.phaseCount(k);
        this.sScale = new double[blocks];
        this.signs = new double[blocks][];
        this.thetaU = new double[blocks * m];
        this.thetaS = new double[blocks * k];
        this.thetaV = new double[blocks * m];
        this.dirty = new boolean[blocks];
        for (int b = 0; b < blocks; b++) {
            CorePhases p = mapping.blocks().get(b).phases();
            sScale[b] = mapping.blocks().get(b).sScale();
            signs[b] = p.signs().clone();
            System.arraycopy(p.u(), 0, thetaU, b * m, m);
            System.arraycopy(p.sigma(), 0, thetaS, b * k, k);
            System.arraycopy(p.v(), 0, thetaV, b * m, m);
        }
        this.xBlocks = new double[q][0];
        this.yBlocks = new double[blocks][0];
    }

    WeightLayer layer() {
        return layer;
    }

    String name() {
        return layer.name();
    }

    BlockGrid grid() {
        return grid;
    }

    PhotonicCore core(int block) {
        return cores[block];
    }

    int blocks() {
        return cores.length;
    }

    /** Phases per block in {@code section}. */
    int perBlock(CoreSection section) {
        return section == CoreSection.SIGMA ? k : ClementsMesh.phaseCount(k);
    }

    /** The live target phases of one section. */
    double[] theta(CoreSection section) {
        return switch (section) {
            case U -> thetaU;
            case SIGMA -> thetaS;
            case V -> thetaV;
            case SIGN -> throw new IllegalArgumentException("sign shifters are not trainable coordinates");
        };
    }

    /** S_scale of block b (the electronic gain after the core). */
    double sScale(int block) {
        return sScale[block];
    }

    /** Sets target θ of coordinate {@code index} of {@code section} and commits it through the HAL. */
    void setPhase(CoreSection section, int index, double phase) {
        int per = perBlock(section);
        int b = index / per;
        theta(section)[index] = phase;
        cores[b].setPhase(section, index - b * per, phase);
        dirty[b] = true;
        anyDirty = true;
    }

    /** Programs every core of the layer with the current targets (and the deployment's sign shifters). */
    void programAll() {
        int m = ClementsMesh.phaseCount(k);
        for (int b = 0; b < cores.length; b++) {
            double[] u = java.util.Arrays.copyOfRange(thetaU, b * m, b * m + m);
            double[] s = java.util.Arrays.copyOfRange(thetaS, b * k, b * k + k);
            double[] v = java.util.Arrays.copyOfRange(thetaV, b * m, b * m + m);
            cores[b].program(new CorePhases(u, v, s, signs[b]));
        }
        markAllDirty();
    }

    void markAllDirty() {
        java.util.Arrays.fill(dirty, true);
        anyDirty = true;
    }

    boolean anyDirty() {
        return anyDirty;
    }

    /** Grows the buffers to hold {@code n} samples (outside the hot path). */
    void ensureCapacity(int n) {
        int vec = n * layer.vectorsPerSample();
        if (vec <= capacityVectors) {
            return;
        }
        gathered = new double[vec * q * k];
        for (int j = 0; j < q; j++) {
            xBlocks[j] = new double[vec * k];
        }
        for (int b = 0; b < yBlocks.length; b++) {
            yBlocks[b] = new double[vec * k];
        }
        acc = new double[vec * k];
        capacityVectors = vec;
    }

    /** Full forward: gathers the input of n samples ({@code in}, not modified), queries every core, sums. */
    void forwardAll(double[] in, int n, double[] out) {
        gather(in, n);
        for (int b = 0; b < cores.length; b++) {
            overRange += cores[b].transform(xBlocks[b % q], vectors, yBlocks[b], null);
            dirty[b] = false;
        }
        anyDirty = false;
        sum(n, out);
    }

    /** Detector readings of this layer's cores that came back over range, since deployment. */
    long overRangeReadings() {
        return overRange;
    }

    /**
     * Same input as the last forward: queries only the cores changed since, and sums again. Returns false (and
     * does nothing) when no core changed.
     */
    boolean forwardDirty(int n, double[] out) {
        if (!anyDirty) {
            return false;
        }
        for (int b = 0; b < cores.length; b++) {
            if (dirty[b]) {
                overRange += cores[b].transform(xBlocks[b % q], vectors, yBlocks[b], null);
                dirty[b] = false;
            }
        }
        anyDirty = false;
        sum(n, out);
        return true;
    }

    private void gather(double[] in, int n) {
        int vps = layer.vectorsPerSample();
        int stride = q * k;
        int inSize = layer.inSize();
        vectors = n * vps;
        for (int s = 0; s < n; s++) {
            layer.gatherVectors(in, s * inSize, gathered, s * vps * stride, stride);
        }
        for (int j = 0; j < q; j++) {
            double[] x = xBlocks[j];
            int off = j * k;
            for (int v = 0; v < vectors; v++) {
                System.arraycopy(gathered, v * stride + off, x, v * k, k);
            }
        }
    }

    /**
     * out[s][outputIndex(v, r)] = Σ_q S_scale(p,q)·y_pq[vec·k + r − p·k] for r &lt; M, vec = s·vectorsPerSample + v.
     * Accumulated block row by block row into a contiguous buffer (streaming loops), then scattered.
     */
    private void sum(int n, double[] out) {
        int vps = layer.vectorsPerSample();
        int rows = grid.rows();
        int outSize = layer.outSize();
        int len = vectors * k;
        for (int p = 0; p < grid.blockRows(); p++) {
            double[] y0 = yBlocks[p * q];
            double s0 = sScale[p * q];
            for (int i = 0; i < len; i++) {
                acc[i] = s0 * y0[i];
            }
            for (int j = 1; j < q; j++) {
                double[] y = yBlocks[p * q + j];
                double sj = sScale[p * q + j];
                for (int i = 0; i < len; i++) {
                    acc[i] += sj * y[i];
                }
            }
            int rEnd = Math.min(k, rows - p * k);
            for (int s = 0; s < n; s++) {
                int base = s * outSize;
                for (int v = 0; v < vps; v++) {
                    int a = (s * vps + v) * k;
                    for (int r = 0; r < rEnd; r++) {
                        out[base + layer.outputIndex(v, p * k + r)] = acc[a + r];
                    }
                }
            }
        }
    }
}
