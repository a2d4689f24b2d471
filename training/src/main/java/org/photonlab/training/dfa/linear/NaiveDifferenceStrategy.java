package org.photonlab.training.dfa.linear;

/** The negative control {@code I(e⁺) − I(e⁻)} (not linear; DFA with it fails). */
public final class NaiveDifferenceStrategy extends AbstractAnchorStrategy {
    public NaiveDifferenceStrategy() {
        this(DEFAULT_ANCHOR, DEFAULT_TARGET_COUNTS, DEFAULT_CALIBRATION_FRAMES);
    }

    /**
     * @param anchorFeatures    features reserved for the anchor, ≥ 1
     * @param targetCounts      anchor-only mean camera count the exposure is calibrated to
     * @param calibrationFrames frames averaged per calibration image
     */
    public NaiveDifferenceStrategy(int anchorFeatures, double targetCounts, int calibrationFrames) {
        super(Scheme.NAIVE, anchorFeatures, targetCounts, calibrationFrames);
    }

    @Override
    public String id() {
        return "naive";
    }
}
