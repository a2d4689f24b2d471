package org.photonlab.hal.mesh;

/**
 * Implementation of {@link ClementsMesh}'s reconstruction and decomposition.
 *
 * <p>Reconstruction multiplies the mesh columns onto the identity from the right-most factor leftwards, each MZI
 * as a row rotation, so the arithmetic is the same for any caller (the simulator's fast path and its
 * channel-by-channel path both use it).
 *
 * <p>Decomposition (our own Givens nulling, Clements-style): anti-diagonal i = 0..k−2 of the lower triangle is nulled
 * by column rotations from the input side when i is even (MZI (j, i) at (i − n, n) for the n-th element) and by row
 * rotations from the output side when i is odd (MZI at (k−2−i+n, k−1−n)); the rotations of one mesh column act on
 * disjoint pairs, so the order of nulling fits the checkerboard. What is left is a diagonal D of ±1; it is pushed to
 * the input side (flipping the angle of every MZI whose two waveguides carry different signs), written as a product
 * of π rotations on adjacent pairs, and absorbed into mesh columns 0 and 1. A determinant of −1 is taken out first
 * into δ₀ (k even, left-most factor) or δ_{k−1} (k odd, right-most factor), where the reference puts it.
 */
final class MeshMath {
    private MeshMath() {
    }

    /** Reconstruction from phases: computes cos/sin and delegates. */
    static void reconstruct(int k, double[] phases, double delta0, double deltaLast, double[] out) {
        int m = checkSizes(k, phases.length, out.length);
        double[] c = new double[m];
        double[] s = new double[m];
        for (int n = 0; n < m; n++) {
            c[n] = Math.cos(phases[n]);
            s[n] = Math.sin(phases[n]);
        }
        reconstruct(k, c, s, delta0, deltaLast, out);
    }

    /**
     * Reconstruction from the cosines and sines of the packed phases (not modified) into {@code out} (k×k,
     * row-major, modified). Allocation-free.
     */
    static void reconstruct(int k, double[] cos, double[] sin, double delta0, double deltaLast, double[] out) {
        checkSizes(k, cos.length, out.length);
        if (sin.length != cos.length) {
            throw new IllegalArgumentException("cos has " + cos.length + " entries but sin has " + sin.length);
        }
        java.util.Arrays.fill(out, 0, k * k, 0.0);
        for (int r = 0; r < k; r++) {
            out[r * k + r] = 1.0;
        }
        boolean negFirst = delta0 < 0;
        boolean negLast = deltaLast < 0;
        if (k % 2 == 0) {
            // U = D0 · T_{k−1} ⋯ T_1 · D_{k−1} · T_0
            column(k, 0, cos, sin, out);
            if (negLast) {
                negateRow(k, k - 1, out);
            }
            for (int i = 1; i < k; i++) {
                column(k, i, cos, sin, out);
            }
            if (negFirst) {
                negateRow(k, 0, out);
            }
        } else {
            // U = T_{k−1} · D0 · T_{k−2} ⋯ T_0 · D_{k−1}
            if (negLast) {
                negateRow(k, k - 1, out);
            }
            for (int i = 0; i < k - 1; i++) {
                column(k, i, cos, sin, out);
            }
            if (negFirst) {
                negateRow(k, 0, out);
            }
            column(k, k - 1, cos, sin, out);
        }
    }

    /** Left-multiplies {@code a} by mesh column T_i (rotations on pairs j ≡ i mod 2). */
    private static void column(int k, int i, double[] cos, double[] sin, double[] a) {
        int n = firstIndexOfColumn(k, i);
        for (int j = i % 2; j <= k - 2; j += 2, n++) {
            double c = cos[n];
            double s = sin[n];
            int p = j * k;
            int q = p + k;
            for (int col = 0; col < k; col++) {
                double x = a[p + col];
                double y = a[q + col];
                a[p + col] = c * x - s * y;
                a[q + col] = s * x + c * y;
            }
        }
    }

    private static void negateRow(int k, int r, double[] a) {
        for (int col = 0; col < k; col++) {
            a[r * k + col] = -a[r * k + col];
        }
    }

    /** Packed index of the MZI at checkerboard (j, i); the caller guarantees i + j even and j ≤ k − 2. */
    static int packedIndex(int k, int j, int i) {
        return firstIndexOfColumn(k, i) + j / 2;
    }

    /** Packed index of the top MZI of mesh column i; the MZIs of one column are contiguous in packed order. */
    private static int firstIndexOfColumn(int k, int i) {
        int evenRows = k / 2;
        if (i % 2 == 0) {
            return (i / 2) * evenRows;
        }
        int oddRows = (k - 1) / 2;
        return ((k + 1) / 2) * evenRows + ((i - 1) / 2) * oddRows;
    }

    static MeshPhases decompose(double[] u, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("mesh size k must be >= 2, got " + k);
        }
        if (u.length != k * k) {
            throw new IllegalArgumentException("a " + k + "x" + k + " matrix needs " + k * k + " entries, got "
                    + u.length);
        }
        checkOrthogonal(u, k);
        double[] work = u.clone();
        double[] checker = new double[k * k];
        double[] d = new double[k];
        nullLowerTriangle(k, work, checker, d);
        double det = 1;
        for (double x : d) {
            det *= x;
        }
        double delta0 = 1;
        double deltaLast = 1;
        if (det < 0) {
            // take the reflection out at the end where the reference keeps it, then decompose a rotation
            work = u.clone();
            if (k % 2 == 0) {
                delta0 = -1;
                negateRow(k, 0, work);
            } else {
                deltaLast = -1;
                for (int r = 0; r < k; r++) {
                    work[r * k + k - 1] = -work[r * k + k - 1];
                }
            }
            java.util.Arrays.fill(checker, 0.0);
            nullLowerTriangle(k, work, checker, d);
        }
        absorbDiagonal(k, checker, d);
        double[] phases = new double[ClementsMesh.phaseCount(k)];
        for (int j = 0; j <= k - 2; j++) {
            for (int i = j % 2; i < k; i += 2) {
                phases[packedIndex(k, j, i)] = normalize(checker[j * k + i]);
            }
        }
        return new MeshPhases(phases, delta0, deltaLast);
    }

    /**
     * Nulls the lower triangle of {@code a} (modified) and writes the MZI phases into {@code checker[j·k + i]} and
     * the signs of the remaining diagonal into {@code d}, so that a = (output-side rotations)·D·(input-side
     * rotations) with the input-side rotations still to be corrected for D.
     */
    private static void nullLowerTriangle(int k, double[] a, double[] checker, double[] d) {
        for (int i = 0; i <= k - 2; i++) {
            for (int n = 0; n <= i; n++) {
                if (i % 2 == 0) {
                    // null a[k−1−n][p] against column p+1 by right-multiplying with R_p(φ)ᵀ
                    int p = i - n;
                    int r = k - 1 - n;
                    double phi = Math.atan2(a[r * k + p], a[r * k + p + 1]);
                    double c = Math.cos(phi);
                    double s = Math.sin(phi);
                    for (int row = 0; row < k; row++) {
                        double x = a[row * k + p];
                        double y = a[row * k + p + 1];
                        a[row * k + p] = c * x - s * y;
                        a[row * k + p + 1] = s * x + c * y;
                    }
                    checker[p * k + n] = phi;
                } else {
                    // null a[p+1][n] against row p by left-multiplying with R_p(φ)ᵀ
                    int p = k - 2 - i + n;
                    double phi = Math.atan2(a[(p + 1) * k + n], a[p * k + n]);
                    double c = Math.cos(phi);
                    double s = Math.sin(phi);
                    for (int col = 0; col < k; col++) {
                        double x = a[p * k + col];
                        double y = a[(p + 1) * k + col];
                        a[p * k + col] = c * x + s * y;
                        a[(p + 1) * k + col] = -s * x + c * y;
                    }
                    checker[p * k + (k - 1 - n)] = phi;
                }
            }
        }
        for (int r = 0; r < k; r++) {
            d[r] = a[r * k + r] < 0 ? -1.0 : 1.0;
        }
    }

    /**
     * Moves the diagonal D (det +1) from between the output-side and input-side rotations to the input side and
     * absorbs it into mesh columns 0 and 1 as π rotations.
     */
    private static void absorbDiagonal(int k, double[] checker, double[] d) {
        // D·R_p(φ) = R_p(−φ)·D when the pair carries different signs; the input-side MZIs are those with j + i ≤ k − 2
        for (int j = 0; j <= k - 2; j++) {
            for (int i = j % 2; i + j <= k - 2; i += 2) {
                if (d[j] != d[j + 1]) {
                    checker[j * k + i] = -checker[j * k + i];
                }
            }
        }
        // D = ∏ F_j over a chain of pair flips (F_j = diag(−1, −1) on j, j+1 = R_j(π))
        boolean[] flip = new boolean[k - 1];
        double carry = d[0];
        for (int j = 0; j <= k - 2; j++) {
            flip[j] = carry < 0;
            carry = flip[j] ? -d[j + 1] : d[j + 1];
        }
        // T_0·F_odd·F_even: F_even becomes π on even MZIs of column 0 ...
        for (int j = 0; j <= k - 2; j += 2) {
            if (flip[j]) {
                checker[j * k] += Math.PI;
            }
        }
        // ... then F_odd moves through column 0 (flipping angles where it separates a pair) into column 1
        double[] odd = new double[k];
        java.util.Arrays.fill(odd, 1.0);
        for (int j = 1; j <= k - 2; j += 2) {
            if (flip[j]) {
                odd[j] = -odd[j];
                odd[j + 1] = -odd[j + 1];
            }
        }
        for (int j = 0; j <= k - 2; j += 2) {
            if (odd[j] != odd[j + 1]) {
                checker[j * k] = -checker[j * k];
            }
        }
        for (int j = 1; j <= k - 2; j += 2) {
            if (flip[j]) {
                checker[j * k + 1] += Math.PI;
            }
        }
    }

    /** Fails fast on a matrix that is not orthogonal (misuse, e.g. an unnormalised factor), tolerance 1e-6. */
    private static void checkOrthogonal(double[] u, int k) {
        double worst = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                double dot = 0;
                for (int r = 0; r < k; r++) {
                    dot += u[r * k + a] * u[r * k + b];
                }
                worst = Math.max(worst, Math.abs(dot - (a == b ? 1 : 0)));
            }
        }
        if (!(worst <= 1e-6)) {
            throw new IllegalArgumentException("decompose needs a real orthogonal matrix; max |UᵀU − I| is " + worst);
        }
    }

    /** The same angle in (−π, π]. */
    private static double normalize(double phi) {
        double t = phi - 2 * Math.PI * Math.floor((phi + Math.PI) / (2 * Math.PI));
        return t <= -Math.PI ? t + 2 * Math.PI : t;
    }

    private static int checkSizes(int k, int phases, int out) {
        if (k < 2) {
            throw new IllegalArgumentException("mesh size k must be >= 2, got " + k);
        }
        int m = ClementsMesh.phaseCount(k);
        if (phases != m) {
            throw new IllegalArgumentException("a k=" + k + " mesh has " + m + " phases, got " + phases);
        }
        if (out < k * k) {
            throw new IllegalArgumentException("output needs " + k * k + " entries, got " + out);
        }
        return m;
    }
}
