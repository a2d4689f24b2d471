package org.photonlab.training.dfa.linear;

/** The approximate anchor method, 2 frames: {@code I(e⁺+a) − I(e⁻+a)}. */
public final class AnchorTwoFrameStrategy extends AbstractAnchorStrategy {
    public AnchorTwoFrameStrategy() {
        this(DEFAULT_ANCHOR, DEFAULT_TARGET_COUNTS, DEFAULT_CALIBRATION_FRAMES);
    }

    /**
     * @param anchorFeatures    features reserved for the anchor, ≥ 1
     * @param targetCounts      anchor-only mean camera count the exposure is calibrated to
     * @param calibrationFrames frames averaged per calibration image
     */
    public AnchorTwoFrameStrategy(int anchorFeatures, double targetCounts, int calibrationFrames) {
        super(Scheme.ANCHOR2, anchorFeatures, targetCounts, calibrationFrames);
    }

    @Override
    public String id() {
        return "anchor2";
    }
}
