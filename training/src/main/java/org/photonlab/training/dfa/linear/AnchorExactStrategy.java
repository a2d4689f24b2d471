package org.photonlab.training.dfa.linear;

/** The exact anchor method, 3 frames per binary part: {@code I(z+a) − I(z) − I(a) + I(0)}. */
public final class AnchorExactStrategy extends AbstractAnchorStrategy {
    public AnchorExactStrategy() {
        this(DEFAULT_ANCHOR, DEFAULT_TARGET_COUNTS, DEFAULT_CALIBRATION_FRAMES);
    }

    /**
     * @param anchorFeatures    features reserved for the anchor, ≥ 1
     * @param targetCounts      anchor-only mean camera count the exposure is calibrated to
     * @param calibrationFrames frames averaged per calibration image
     */
    public AnchorExactStrategy(int anchorFeatures, double targetCounts, int calibrationFrames) {
        super(Scheme.ANCHOR3, anchorFeatures, targetCounts, calibrationFrames);
    }

    @Override
    public String id() {
        return "anchor3";
    }
}
