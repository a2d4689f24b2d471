package org.photonlab.training.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.photonlab.hal.testing.Vectors.matrix;
import static org.photonlab.hal.testing.Vectors.vector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.testing.Vectors;

class BlockMapperTest {

    private static JsonNode vectors() {
        return Vectors.load("block.json");
    }

    /** From the reference's U, S, V: same S_scale and φ_S, and the rebuilt W within 1e-12 (vectors README). */
    @Test
    void referenceUsvGivesTheReferencePhasesAndRebuild() {
        JsonNode v = vectors();
        MappedBlock b = BlockMapper.fromUsv(matrix(v.get("U")), vector(v.get("S")), matrix(v.get("V")), 9);
        assertEquals(v.get("S_scale").asDouble(), b.sScale(), 1e-15);
        double[] phiS = vector(v.get("phase_S"));
        for (int i = 0; i < 9; i++) {
            assertEquals(phiS[i], b.phases().sigma()[i], 1e-12);
        }
        double[] wRef = matrix(v.get("W_rebuilt"));
        double[] w = BlockMapper.reconstruct(b, 9);
        for (int i = 0; i < 81; i++) {
            assertEquals(wRef[i], w[i], 1e-12);
        }
    }

    /** Our own SVD of the reference W: singular values agree, and the mapped block rebuilds W within 1e-12. */
    @Test
    void ownSvdOfTheReferenceWeightRebuildsIt() {
        JsonNode v = vectors();
        double[] w = matrix(v.get("W"));
        JacobiSvd.Result svd = JacobiSvd.decompose(w, 9);
        double[] sRef = vector(v.get("S"));
        for (int i = 0; i < 9; i++) {
            assertEquals(sRef[i], svd.s()[i], 1e-13);
        }
        MappedBlock b = BlockMapper.map(w, 9);
        double[] back = BlockMapper.reconstruct(b, 9);
        for (int i = 0; i < 81; i++) {
            assertEquals(w[i], back[i], 1e-12);
        }
    }

    @Test
    void layerMappingRoundTripsPaddedBlocks() {
        SplittableRandom rng = new SplittableRandom(4);
        int rows = 10;
        int cols = 96;
        double[] w = new double[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextGaussian() * 0.1;
        }
        LayerMapping m = LayerMapping.of(w, rows, cols, 9);
        assertEquals(2, m.grid().blockRows());
        assertEquals(11, m.grid().blockCols());
        for (int p = 0; p < 2; p++) {
            for (int q = 0; q < 11; q++) {
                double[] expect = m.grid().block(w, p, q);
                double[] got = BlockMapper.reconstruct(m.block(p, q), 9);
                for (int i = 0; i < 81; i++) {
                    assertEquals(expect[i], got[i], 1e-12, "block " + p + "," + q);
                }
                for (double phi : m.block(p, q).phases().sigma()) {
                    assertEquals(true, phi >= 0 && phi <= Math.PI);
                }
            }
        }
    }
}
