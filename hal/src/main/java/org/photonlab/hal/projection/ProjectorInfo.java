package org.photonlab.hal.projection;

/**
 * Static description of a projection device, available before it is opened.
 *
 * @param name           device name (bench name or server hardware name)
 * @param backend        backend id, e.g. {@code sim} or {@code slmsuite}
 * @param simulated      true when the optics are simulated; recorded in every run
 * @param modulation     input modulation
 * @param inputWidth     input device columns (pixels / mirrors), e.g. 1140
 * @param inputHeight    input device rows, e.g. 912
 * @param cameraWidth    camera columns at full frame, e.g. 2040
 * @param cameraHeight   camera rows at full frame, e.g. 1088
 * @param minRoiRows     the camera reads at least this many rows (minimum output region), ≥ 1
 */
public record ProjectorInfo(String name, String backend, boolean simulated, Modulation modulation, int inputWidth,
                            int inputHeight, int cameraWidth, int cameraHeight, int minRoiRows) {
    /** Number of input pixels (mirrors). */
    public long inputPixels() {
        return (long) inputWidth * inputHeight;
    }

    /** Largest number of output components: every camera pixel. */
    public long maxComponents() {
        return (long) cameraWidth * cameraHeight;
    }
}
