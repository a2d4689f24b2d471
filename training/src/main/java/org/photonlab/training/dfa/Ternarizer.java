package org.photonlab.training.dfa;

/** {@code e_t = +1 if e > τ, −1 if e < −τ, else 0}: the sign pattern an input device can show as two binary frames. */
final class Ternarizer {
    private Ternarizer() {
    }

    /** Modified: {@code out}. Returns the number of rows with at least one non-zero. */
    static int ternarize(float[] e, int n, int classes, float tau, byte[] out) {
        int nonZero = 0;
        for (int i = 0; i < n; i++) {
            boolean any = false;
            for (int j = 0; j < classes; j++) {
                float v = e[i * classes + j];
                byte t = (byte) (v > tau ? 1 : v < -tau ? -1 : 0);
                out[i * classes + j] = t;
                any |= t != 0;
            }
            nonZero += any ? 1 : 0;
        }
        return nonZero;
    }
}
