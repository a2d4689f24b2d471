package org.photonlab.training.zo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.core.CoreSection;

class ActiveSetTest {
    private static final long SEED = 23;
    private static final List<OnChipModel.PhaseGroup> GROUPS = ToyChip.layers(4, 2000, 50);

    @Test
    void keepsAFractionOneMinusAlphaPOfMeshPhasesAndEverySigma() {
        ActiveSet a = ActiveSet.mixed(GROUPS, 0.85, SEED, false);
        boolean[][] m = a.mask();
        int mesh = 0;
        int meshActive = 0;
        for (int g = 0; g < GROUPS.size(); g++) {
            for (boolean on : m[g]) {
                if (GROUPS.get(g).section() == CoreSection.SIGMA) {
                    assertTrue(on, "Σ is always active");
                } else {
                    mesh++;
                    meshActive += on ? 1 : 0;
                }
            }
        }
        double sd = Math.sqrt(0.15 * 0.85 / mesh);
        assertEquals(0.15, (double) meshActive / mesh, 4 * sd, "seed " + SEED);
        assertEquals(meshActive + 4 * 50, a.count());
    }

    @Test
    void isDeterministicAndDiffersBetweenLayersUnlessM4() {
        ActiveSet a = ActiveSet.mixed(GROUPS, 0.85, SEED, false);
        ActiveSet b = ActiveSet.mixed(GROUPS, 0.85, SEED, false);
        assertArrayEquals(a.mask(), b.mask());
        boolean[][] m = a.mask();
        assertFalse(java.util.Arrays.equals(m[0], m[3]), "layer 0 U vs layer 1 U");
        assertFalse(java.util.Arrays.equals(m[0], m[2]), "U vs V of one layer");

        boolean[][] m4 = ActiveSet.mixed(GROUPS, 0.85, SEED, true).mask();
        assertArrayEquals(m4[0], m4[3], "M4: equal-shape layers get the same mask");
        assertArrayEquals(m4[2], m4[5]);
        assertFalse(java.util.Arrays.equals(m4[0], m4[2]));
        assertFalse(java.util.Arrays.deepEquals(m, ActiveSet.mixed(GROUPS, 0.85, SEED + 1, false).mask()));
    }

    @Test
    void passiveIsTheComplementAndCoordinatesAreAscending() {
        ActiveSet a = ActiveSet.mixed(ToyChip.layers(1, 36, 9), 0.5, SEED, false);
        boolean[][] act = a.mask();
        boolean[][] pas = a.passiveMask();
        int last = -1;
        int lastGroup = 0;
        for (int[] c : a.coordinates()) {
            assertTrue(act[c[0]][c[1]] && !pas[c[0]][c[1]]);
            assertTrue(c[0] > lastGroup || c[1] > last);
            lastGroup = c[0];
            last = c[1];
        }
        assertEquals(a.count(), a.coordinates().size());
        assertEquals(81, ActiveSet.all(ToyChip.layers(1, 36, 9)).count());
        assertThrows(IllegalArgumentException.class, () -> ActiveSet.mixed(GROUPS, 1.5, SEED, false));
    }
}
