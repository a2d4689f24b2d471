package org.photonlab.training.dfa.linear;

import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.LinearProjection;
import org.photonlab.hal.projection.LinearisationStrategy;
import org.photonlab.hal.projection.RandomProjector;

/**
 * Shared set-up of the anchor family: the device gets {@code inputs + anchorFeatures} features, the last
 * {@code anchorFeatures} forming the anchor; the exposure is calibrated so that the anchor alone averages
 * {@code targetCounts} (bright enough to beat shot noise, dim enough that exponential speckle rarely clips at 255).
 */
public abstract class AbstractAnchorStrategy implements LinearisationStrategy {
    /** Anchor features by default: the brief's best NumPy setting (K = 16, G = 40 counts). */
    public static final int DEFAULT_ANCHOR = 16;
    /** Anchor-only mean count by default. */
    public static final double DEFAULT_TARGET_COUNTS = 40;
    /** Frames averaged for each calibration image. */
    public static final int DEFAULT_CALIBRATION_FRAMES = 16;

    private final Scheme scheme;
    private final int anchorFeatures;
    private final double targetCounts;
    private final int calibrationFrames;

    AbstractAnchorStrategy(Scheme scheme, int anchorFeatures, double targetCounts, int calibrationFrames) {
        if (anchorFeatures < 1) {
            throw new LabException("anchor must have ≥ 1 feature, got " + anchorFeatures);
        }
        if (!(targetCounts > 0 && targetCounts < 255)) {
            throw new LabException("anchor target must be in (0, 255) counts, got " + targetCounts);
        }
        if (calibrationFrames < 1) {
            throw new LabException("calibration frames must be ≥ 1, got " + calibrationFrames);
        }
        this.scheme = scheme;
        this.anchorFeatures = anchorFeatures;
        this.targetCounts = targetCounts;
        this.calibrationFrames = calibrationFrames;
    }

    @Override
    public int framesPerVector() {
        return scheme.frames;
    }

    public int anchorFeatures() {
        return anchorFeatures;
    }

    @Override
    public LinearProjection bind(RandomProjector device, int inputs, int components) {
        if (inputs < 1 || components < 1) {
            throw new LabException("linear projection needs ≥ 1 input and ≥ 1 component, got " + inputs + " → "
                    + components);
        }
        return new AnchorProjection(id(), scheme, device, inputs, anchorFeatures, components, targetCounts,
                calibrationFrames);
    }
}
