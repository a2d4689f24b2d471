package org.photonlab.training.mapping;

import java.util.List;

/** Every block of one M×N weight matrix mapped onto core phases; block b = p·Q + q. */
public record LayerMapping(BlockGrid grid, List<MappedBlock> blocks) {
    public LayerMapping {
        blocks = List.copyOf(blocks);
        if (blocks.size() != grid.blocks()) {
            throw new IllegalArgumentException(blocks.size() + " blocks for a grid of " + grid.blocks());
        }
    }

    /** Maps the row-major {@code rows}×{@code cols} {@code weight} (not modified) with k×k blocks. */
    public static LayerMapping of(double[] weight, int rows, int cols, int k) {
        BlockGrid g = new BlockGrid(rows, cols, k);
        if (weight.length != rows * cols) {
            throw new IllegalArgumentException("weight of " + weight.length + " entries is not " + rows + "×" + cols);
        }
        MappedBlock[] out = new MappedBlock[g.blocks()];
        for (int p = 0; p < g.blockRows(); p++) {
            for (int q = 0; q < g.blockCols(); q++) {
                out[p * g.blockCols() + q] = BlockMapper.map(g.block(weight, p, q), k);
            }
        }
        return new LayerMapping(g, List.of(out));
    }

    public MappedBlock block(int p, int q) {
        return blocks.get(p * grid.blockCols() + q);
    }
}
