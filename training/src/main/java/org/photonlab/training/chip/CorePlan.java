package org.photonlab.training.chip;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.training.mapping.BlockGrid;

/**
 * Which physical core carries which weight block. This plan gives every block its own core, assigned in model order
 * (layer by layer, blocks p·Q + q within a layer), which is the papers' setting. It is the single place that decides
 * the assignment, so that a time-multiplexed plan (several blocks per core, reprogrammed in turn) can be added here
 * later without touching the forward pass.
 */
public final class CorePlan {
    private final List<String> layerNames;
    private final PhotonicCore[][] cores;

    private CorePlan(List<String> layerNames, PhotonicCore[][] cores) {
        this.layerNames = List.copyOf(layerNames);
        this.cores = cores;
    }

    /**
     * One core per block, in order, from the bench's cores (all of size k).
     *
     * @throws LabException naming how many cores of size k the model needs when the bench has too few, or when a
     *                      core has another size
     */
    public static CorePlan oneCorePerBlock(String model, List<String> layerNames, List<BlockGrid> grids,
                                           List<PhotonicCore> available, String benchName) {
        int k = grids.get(0).k();
        int needed = 0;
        StringBuilder perLayer = new StringBuilder();
        for (int l = 0; l < grids.size(); l++) {
            needed += grids.get(l).blocks();
            perLayer.append(l == 0 ? "" : ", ").append(layerNames.get(l)).append(' ').append(grids.get(l).blocks());
        }
        if (available.size() < needed) {
            throw new LabException("model " + model + " needs " + needed + " cores of size " + k + " (" + perLayer
                    + ") but bench '" + benchName + "' has " + available.size());
        }
        PhotonicCore[][] out = new PhotonicCore[grids.size()][];
        int next = 0;
        List<String> wrong = new ArrayList<>();
        for (int l = 0; l < grids.size(); l++) {
            out[l] = new PhotonicCore[grids.get(l).blocks()];
            for (int b = 0; b < out[l].length; b++) {
                PhotonicCore c = available.get(next++);
                if (c.size() != k) {
                    wrong.add(c.name() + " (k=" + c.size() + ")");
                }
                out[l][b] = c;
            }
        }
        if (!wrong.isEmpty()) {
            throw new LabException("model " + model + " needs cores of size " + k + " but bench '" + benchName
                    + "' assigns " + wrong);
        }
        return new CorePlan(layerNames, out);
    }

    /** The core carrying block {@code block} (= p·Q + q) of weight layer {@code layer}. */
    public PhotonicCore core(int layer, int block) {
        return cores[layer][block];
    }

    /** The cores of one weight layer, by block (a copy). */
    public PhotonicCore[] cores(int layer) {
        return cores[layer].clone();
    }

    public int layers() {
        return cores.length;
    }

    public List<String> layerNames() {
        return layerNames;
    }

    /** Distinct physical cores used. */
    public int coresUsed() {
        int n = 0;
        for (PhotonicCore[] l : cores) {
            n += l.length;
        }
        return n;
    }
}
