package org.photonlab.training.dfa.linear;

/** The exact anchor method for ternary vectors, 4 frames: {@code [I(e⁺+a) − I(e⁻+a)] − [I(e⁺) − I(e⁻)]}. */
public final class AnchorTernaryStrategy extends AbstractAnchorStrategy {
    public AnchorTernaryStrategy() {
        this(DEFAULT_ANCHOR, DEFAULT_TARGET_COUNTS, DEFAULT_CALIBRATION_FRAMES);
    }

    /**
     * @param anchorFeatures    features reserved for the anchor, ≥ 1
     * @param targetCounts      anchor-only mean camera count the exposure is calibrated to
     * @param calibrationFrames frames averaged per calibration image
     */
    public AnchorTernaryStrategy(int anchorFeatures, double targetCounts, int calibrationFrames) {
        super(Scheme.ANCHOR4, anchorFeatures, targetCounts, calibrationFrames);
    }

    @Override
    public String id() {
        return "anchor4";
    }
}
