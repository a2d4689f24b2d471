package org.photonlab.hal.projection;

/**
 * A rectangular region of a pixel grid, in pixels, origin at the top-left corner.
 *
 * @param x      first column
 * @param y      first row
 * @param width  columns, ≥ 0
 * @param height rows, ≥ 0
 */
public record Roi(int x, int y, int width, int height) {
    /** Number of pixels. */
    public long area() {
        return (long) width * height;
    }
}
