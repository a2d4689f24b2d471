package org.photonlab.hal.projection;

/**
 * What one {@link LinearProjection#project} call cost.
 *
 * @param frames          frames displayed, including calibration frames
 * @param deviceTimeS     device-clock time, s
 * @param wallTimeS       wall-clock time, s
 * @param saturatedPixels camera values at 255 among the frames used
 */
public record LinearContext(long frames, double deviceTimeS, double wallTimeS, long saturatedPixels) {
    /** Sum of two contexts. */
    public LinearContext plus(LinearContext o) {
        return new LinearContext(frames + o.frames, deviceTimeS + o.deviceTimeS, wallTimeS + o.wallTimeS,
                saturatedPixels + o.saturatedPixels);
    }

    public static final LinearContext NONE = new LinearContext(0, 0, 0, 0);
}
