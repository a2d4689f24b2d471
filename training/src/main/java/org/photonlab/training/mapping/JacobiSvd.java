package org.photonlab.training.mapping;

/**
 * Singular value decomposition of a small real square matrix by one-sided (Hestenes) Jacobi rotations:
 * A = U·diag(S)·Vᵀ with U, V orthogonal and S ≥ 0 in descending order.
 *
 * <p>Columns of a working copy of A are rotated pairwise until every pair is orthogonal to within machine
 * precision; the rotations accumulate into V, the final column norms are S and the normalised columns are U.
 * Columns whose singular value is below 1e-14·max(S) (rank deficiency, e.g. zero-padded blocks) are completed to an
 * orthonormal basis by Gram–Schmidt, and U is re-orthonormalised once so that it is orthogonal to rounding, which a
 * mesh decomposition needs. Reconstruction error is a few ulps of max(S).
 *
 * <p>Why hand-written rather than a linear-algebra library: the Clements phases are computed from U and V, so they
 * are only as exact as U's orthogonality and the factorisation's determinism. One-sided Jacobi gives both on the
 * 9 × 9 blocks used here with no dependency: on the reference block of the conformance vectors the singular values
 * agree within 1e-13 and the mapped block rebuilds W within 1e-12 ({@code BlockMapperTest}).
 */
public final class JacobiSvd {
    private static final int MAX_SWEEPS = 60;
    private static final double TOL = 1e-15;

    /** The factors: row-major k×k {@code u} and {@code v} (A = U·diag(s)·Vᵀ) and descending {@code s}. */
    public record Result(double[] u, double[] s, double[] v, int k) {
    }

    private JacobiSvd() {
    }

    /** Decomposes the row-major k×k matrix {@code a} (not modified). */
    public static Result decompose(double[] a, int k) {
        if (a.length != k * k) {
            throw new IllegalArgumentException("matrix of " + a.length + " entries is not " + k + "×" + k);
        }
        // column-major working copies so that a column is contiguous
        double[] w = new double[k * k];
        double[] v = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                w[c * k + r] = a[r * k + c];
            }
            v[r * k + r] = 1.0;
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    double alpha = 0;
                    double beta = 0;
                    double gamma = 0;
                    for (int r = 0; r < k; r++) {
                        double x = w[p * k + r];
                        double y = w[q * k + r];
                        alpha += x * x;
                        beta += y * y;
                        gamma += x * y;
                    }
                    if (Math.abs(gamma) <= TOL * Math.sqrt(alpha * beta) || gamma == 0.0) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * gamma);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(1 + t * t);
                    double s = c * t;
                    rotate(w, k, p, q, c, s);
                    rotate(v, k, p, q, c, s);
                }
            }
            if (!rotated) {
                break;
            }
        }
        double[] sv = new double[k];
        for (int c = 0; c < k; c++) {
            double n = 0;
            for (int r = 0; r < k; r++) {
                n += w[c * k + r] * w[c * k + r];
            }
            sv[c] = Math.sqrt(n);
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(sv[y], sv[x]));
        double smax = sv[order[0]];
        double[] uCols = new double[k * k]; // column-major
        double[] s = new double[k];
        double[] vOut = new double[k * k];
        boolean[] filled = new boolean[k];
        for (int j = 0; j < k; j++) {
            int c = order[j];
            s[j] = sv[c];
            for (int r = 0; r < k; r++) {
                vOut[r * k + j] = v[c * k + r];
            }
            // a negligible singular value keeps its tiny value; its U column is completed below instead of being
            // a normalised rounding residue
            if (sv[c] > 1e-14 * smax && sv[c] > 0) {
                for (int r = 0; r < k; r++) {
                    uCols[j * k + r] = w[c * k + r] / sv[c];
                }
                filled[j] = true;
            }
        }
        orthonormalise(uCols, k, filled);
        double[] u = new double[k * k];
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                u[r * k + c] = uCols[c * k + r];
            }
        }
        return new Result(u, s, vOut, k);
    }

    /** Rotates columns p, q of a column-major matrix: (x, y) ← (c·x − s·y, s·x + c·y). */
    private static void rotate(double[] m, int k, int p, int q, double c, double s) {
        for (int r = 0; r < k; r++) {
            double x = m[p * k + r];
            double y = m[q * k + r];
            m[p * k + r] = c * x - s * y;
            m[q * k + r] = s * x + c * y;
        }
    }

    /**
     * Modified Gram–Schmidt over the columns in order (twice, for orthogonality to rounding); an unfilled column is
     * started from the standard basis vector least represented so far.
     */
    private static void orthonormalise(double[] cols, int k, boolean[] filled) {
        for (int j = 0; j < k; j++) {
            if (!filled[j]) {
                int best = 0;
                double bestNorm = -1;
                for (int e = 0; e < k; e++) {
                    double resid = 1;
                    for (int i = 0; i < j; i++) {
                        resid -= cols[i * k + e] * cols[i * k + e];
                    }
                    if (resid > bestNorm) {
                        bestNorm = resid;
                        best = e;
                    }
                }
                java.util.Arrays.fill(cols, j * k, j * k + k, 0.0);
                cols[j * k + best] = 1.0;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < j; i++) {
                    double d = 0;
                    for (int r = 0; r < k; r++) {
                        d += cols[i * k + r] * cols[j * k + r];
                    }
                    for (int r = 0; r < k; r++) {
                        cols[j * k + r] -= d * cols[i * k + r];
                    }
                }
                double n = 0;
                for (int r = 0; r < k; r++) {
                    n += cols[j * k + r] * cols[j * k + r];
                }
                n = Math.sqrt(n);
                for (int r = 0; r < k; r++) {
                    cols[j * k + r] /= n;
                }
            }
        }
    }
}
