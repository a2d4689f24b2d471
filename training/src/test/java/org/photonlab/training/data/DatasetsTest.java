package org.photonlab.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;

class DatasetsTest {

    @Test
    void mnist16HasTheReferenceSplitAndShape() {
        Split s = Datasets.mnist16();
        assertEquals(8000, s.train().size());
        assertEquals(2000, s.test().size());
        assertArrayEquals(new int[] {1, 16, 16}, s.train().shape());
        assertEquals(10, s.train().classes());
        assertEquals(8000, Arrays.stream(s.train().classCounts()).sum());
        for (int c : s.train().classCounts()) {
            assertTrue(c > 600, "every digit is well represented");
        }
        float max = 0;
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 256; j++) {
                float v = s.train().feature(i, j);
                assertTrue(v >= 0 && v <= 1);
                max = Math.max(max, v);
            }
        }
        assertTrue(max > 0.9f, "bright strokes survive the resize");
        assertSame(s, Datasets.mnist16(), "loaded once");
    }

    @Test
    void digitsSplitIsSeededAndScaled() {
        Split a = Datasets.digits(3);
        Split b = Datasets.digits(3);
        Split c = Datasets.digits(4);
        assertEquals(1797, a.train().size() + a.test().size());
        assertEquals(359, a.test().size());
        assertArrayEquals(a.test().labels(), b.test().labels());
        assertNotEquals(Arrays.toString(a.test().labels()), Arrays.toString(c.test().labels()));
        assertEquals(64, a.train().dim());
        for (int j = 0; j < 64; j++) {
            float v = a.train().feature(0, j);
            assertTrue(v >= 0 && v <= 1);
            assertEquals(0f, v * 16 - Math.round(v * 16), 1e-6f, "pixels are k/16");
        }
    }

    @Test
    void irisIsStandardisedWithTrainStatistics() {
        Split s = Datasets.iris(7);
        assertEquals(105, s.train().size());
        assertEquals(45, s.test().size());
        assertEquals(3, s.train().classes());
        for (int j = 0; j < 4; j++) {
            double m = 0;
            double v = 0;
            for (int i = 0; i < s.train().size(); i++) {
                m += s.train().feature(i, j);
            }
            m /= s.train().size();
            for (int i = 0; i < s.train().size(); i++) {
                double d = s.train().feature(i, j) - m;
                v += d * d;
            }
            assertEquals(0, m, 1e-5);
            assertEquals(1, v / s.train().size(), 1e-4);
        }
    }

    @Test
    void byNameRejectsUnknownNamesWithTheChoices() {
        LabException e = assertThrows(LabException.class, () -> Datasets.byName("x"));
        assertEquals("unknown dataset 'x'; expected one of mnist16, digits, iris", e.getMessage());
        assertEquals(150, Datasets.byName("iris").train().size() + Datasets.byName("iris").test().size());
    }
}
