package org.photonlab.training.mapping;

/**
 * How an M×N weight matrix is cut into k×k blocks: zero-padded to (P·k)×(Q·k) with P = ⌈M/k⌉, Q = ⌈N/k⌉;
 * block (p, q) covers rows p·k … p·k+k−1 and columns q·k … q·k+k−1, and is numbered p·Q + q.
 */
public record BlockGrid(int rows, int cols, int k) {
    public BlockGrid {
        if (rows <= 0 || cols <= 0 || k <= 0) {
            throw new IllegalArgumentException("bad block grid " + rows + "×" + cols + " / " + k);
        }
    }

    /** P, block rows. */
    public int blockRows() {
        return (rows + k - 1) / k;
    }

    /** Q, block columns. */
    public int blockCols() {
        return (cols + k - 1) / k;
    }

    /** P·Q. */
    public int blocks() {
        return blockRows() * blockCols();
    }

    /** Block (p, q) of the row-major M×N {@code w} (not modified), zero-padded, as a new row-major k×k array. */
    public double[] block(double[] w, int p, int q) {
        double[] b = new double[k * k];
        for (int r = 0; r < k; r++) {
            int row = p * k + r;
            if (row >= rows) {
                break;
            }
            for (int c = 0; c < k; c++) {
                int col = q * k + c;
                if (col < cols) {
                    b[r * k + c] = w[row * cols + col];
                }
            }
        }
        return b;
    }
}
