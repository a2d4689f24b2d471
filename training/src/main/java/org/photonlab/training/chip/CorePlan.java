package org.photonlab.training.chip;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.LabException;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.training.mapping.BlockGrid;

/**
 * Which physical core carries which weight block (blocks in model order: layer by layer, p·Q + q within a layer).
 *
 * <p>With at least as many cores as blocks every block gets its own core, in order (the papers' setting; nothing is
 * ever reprogrammed). With fewer cores the plan time-multiplexes: the last C − 1 blocks keep dedicated cores and
 * every earlier block shares the first core, reprogrammed whenever it is to carry another block
 * ({@link MultiplexedCore}). Why that split: a coordinate step re-measures the changed block and everything
 * downstream, so the late blocks are measured most often; giving them dedicated cores and sharing one core among the
 * rest writes each shared block once per full forward, which is the fewest whole-core writes any assignment gets
 * (N − C + 1 per full forward). On a 1-core bench every block shares that core.
 *
 * <p>The forward pass does not know the difference: a multiplexed block is a {@link PhotonicCore} that loads itself
 * before it transforms, and a programmed block serves the whole batch before the next block is written.
 */
public final class CorePlan {
    private final List<String> layerNames;
    private final PhotonicCore[][] cores;
    private final List<MultiplexedCore.Slot> slots;
    private final int physicalCores;

    private CorePlan(List<String> layerNames, PhotonicCore[][] cores, List<MultiplexedCore.Slot> slots,
                     int physicalCores) {
        this.layerNames = List.copyOf(layerNames);
        this.cores = cores;
        this.slots = List.copyOf(slots);
        this.physicalCores = physicalCores;
    }

    /**
     * One core per block when the bench has enough, else a time-multiplexed plan over the bench's cores.
     *
     * @throws LabException when the bench has no cores or a core it would use has another size than k
     */
    public static CorePlan of(String model, List<String> layerNames, List<BlockGrid> grids,
                              List<PhotonicCore> available, String benchName) {
        int needed = blocks(grids);
        return available.size() >= needed ? oneCorePerBlock(model, layerNames, grids, available, benchName)
                : multiplexed(model, layerNames, grids, available, benchName);
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
        int needed = blocks(grids);
        if (available.size() < needed) {
            throw new LabException("model " + model + " needs " + needed + " cores of size " + k + " ("
                    + perLayer(layerNames, grids) + ") but bench '" + benchName + "' has " + available.size());
        }
        checkSizes(model, available.subList(0, needed), k, benchName);
        PhotonicCore[][] out = new PhotonicCore[grids.size()][];
        int next = 0;
        for (int l = 0; l < grids.size(); l++) {
            out[l] = new PhotonicCore[grids.get(l).blocks()];
            for (int b = 0; b < out[l].length; b++) {
                out[l][b] = available.get(next++);
            }
        }
        return new CorePlan(layerNames, out, List.of(), needed);
    }

    /**
     * Time-multiplexes the model's blocks over {@code available} (fewer cores than blocks): the last C − 1 blocks on
     * dedicated cores, every other block on the first core.
     *
     * @throws LabException when the bench has no cores or a core has another size than k
     */
    public static CorePlan multiplexed(String model, List<String> layerNames, List<BlockGrid> grids,
                                       List<PhotonicCore> available, String benchName) {
        int k = grids.get(0).k();
        int needed = blocks(grids);
        if (available.isEmpty()) {
            throw new LabException("model " + model + " needs photonic cores of size " + k + " but bench '"
                    + benchName + "' has none");
        }
        int physical = Math.min(available.size(), needed);
        checkSizes(model, available.subList(0, physical), k, benchName);
        int shared = needed - physical + 1; // blocks 0 .. shared−1 share core 0
        MultiplexedCore.Slot slot = new MultiplexedCore.Slot(available.get(0));
        PhotonicCore[][] out = new PhotonicCore[grids.size()][];
        int j = 0;
        for (int l = 0; l < grids.size(); l++) {
            out[l] = new PhotonicCore[grids.get(l).blocks()];
            for (int b = 0; b < out[l].length; b++, j++) {
                out[l][b] = j < shared
                        ? new MultiplexedCore(slot, available.get(0).name() + "[" + layerNames.get(l) + "#" + b + "]")
                        : available.get(j - shared + 1);
            }
        }
        return new CorePlan(layerNames, out, List.of(slot), physical);
    }

    private static int blocks(List<BlockGrid> grids) {
        int n = 0;
        for (BlockGrid g : grids) {
            n += g.blocks();
        }
        return n;
    }

    private static String perLayer(List<String> layerNames, List<BlockGrid> grids) {
        StringBuilder s = new StringBuilder();
        for (int l = 0; l < grids.size(); l++) {
            s.append(l == 0 ? "" : ", ").append(layerNames.get(l)).append(' ').append(grids.get(l).blocks());
        }
        return s.toString();
    }

    private static void checkSizes(String model, List<PhotonicCore> used, int k, String benchName) {
        List<String> wrong = new ArrayList<>();
        for (PhotonicCore c : used) {
            if (c.size() != k) {
                wrong.add(c.name() + " (k=" + c.size() + ")");
            }
        }
        if (!wrong.isEmpty()) {
            throw new LabException("model " + model + " needs cores of size " + k + " but bench '" + benchName
                    + "' assigns " + wrong);
        }
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
        return physicalCores;
    }

    /** Whether some physical core carries more than one block. */
    public boolean isMultiplexed() {
        return !slots.isEmpty();
    }

    /**
     * Whole-core writes of a block's phases onto a shared core since deployment (every load of a multiplexed block,
     * the first ones included); 0 for a one-core-per-block plan, whose cores are programmed once at deployment.
     */
    public long reprograms() {
        long n = 0;
        for (MultiplexedCore.Slot s : slots) {
            n += s.reprograms();
        }
        return n;
    }

    /** Blocks per physical core, by core name, in plan order (for reports). */
    public Map<String, Integer> blocksPerCore() {
        Map<PhotonicCore, Integer> count = new IdentityHashMap<>();
        List<PhotonicCore> order = new ArrayList<>();
        for (PhotonicCore[] l : cores) {
            for (PhotonicCore c : l) {
                PhotonicCore p = c instanceof MultiplexedCore m ? m.physical() : c;
                if (count.merge(p, 1, Integer::sum) == 1) {
                    order.add(p);
                }
            }
        }
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        for (PhotonicCore p : order) {
            out.put(p.name(), count.get(p));
        }
        return out;
    }
}
