package org.photonlab.hal.projection;

import org.photonlab.hal.LabException;

/**
 * What a projection device must know before its first transform. Immutable; build with {@link #builder()}.
 *
 * @param features         input vector shape and its mapping onto the input device
 * @param components       number of output components (camera pixels read, row-major from the output region), ≥ 1
 * @param inputRoi         how much of the input device the features occupy
 * @param exposureUs       camera exposure, µs, &gt; 0 (LightOn default 400)
 * @param frameTimeUs      requested time per frame, µs, &gt; 0 (LightOn default 500); the device raises it to at
 *                         least max(readout, exposure) + 50 µs
 * @param maxLitFraction   the "ones range" guard: when the mean fraction of lit input pixels of a call exceeds this
 *                         value, that call's exposure is scaled down by the overshoot ratio; in (0, 1], 1 disables it
 */
public record ProjectorConfig(FeatureShape features, int components, InputRoiStrategy inputRoi, double exposureUs,
                              double frameTimeUs, double maxLitFraction) {
    /** LightOn's default exposure, µs. */
    public static final double DEFAULT_EXPOSURE_US = 400;
    /** LightOn's default frame time, µs. */
    public static final double DEFAULT_FRAME_TIME_US = 500;

    public ProjectorConfig {
        if (features == null) {
            throw new LabException("projector config: features must be given");
        }
        if (components < 1) {
            throw new LabException("projector config: components must be ≥ 1, got " + components);
        }
        if (inputRoi == null) {
            throw new LabException("projector config: input ROI strategy must be given");
        }
        if (!(exposureUs > 0) || !Double.isFinite(exposureUs)) {
            throw new LabException("projector config: exposureUs must be a positive number, got " + exposureUs);
        }
        if (!(frameTimeUs > 0) || !Double.isFinite(frameTimeUs)) {
            throw new LabException("projector config: frameTimeUs must be a positive number, got " + frameTimeUs);
        }
        if (!(maxLitFraction > 0 && maxLitFraction <= 1)) {
            throw new LabException("projector config: maxLitFraction must be in (0, 1], got " + maxLitFraction);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy with another exposure. */
    public ProjectorConfig withExposureUs(double us) {
        return new ProjectorConfig(features, components, inputRoi, us, frameTimeUs, maxLitFraction);
    }

    /** Builder with LightOn's defaults: full input ROI, 400 µs exposure, 500 µs frames, no lit-pixel guard. */
    public static final class Builder {
        private FeatureShape features;
        private int components;
        private InputRoiStrategy inputRoi = InputRoiStrategy.FULL;
        private double exposureUs = DEFAULT_EXPOSURE_US;
        private double frameTimeUs = DEFAULT_FRAME_TIME_US;
        private double maxLitFraction = 1.0;

        private Builder() {
        }

        /** 1-D features, lined format. */
        public Builder features(int n) {
            this.features = FeatureShape.lined(n);
            return this;
        }

        public Builder features(FeatureShape shape) {
            this.features = shape;
            return this;
        }

        public Builder components(int n) {
            this.components = n;
            return this;
        }

        public Builder inputRoi(InputRoiStrategy strategy) {
            this.inputRoi = strategy;
            return this;
        }

        public Builder exposureUs(double us) {
            this.exposureUs = us;
            return this;
        }

        public Builder frameTimeUs(double us) {
            this.frameTimeUs = us;
            return this;
        }

        public Builder maxLitFraction(double fraction) {
            this.maxLitFraction = fraction;
            return this;
        }

        /** Checks every value; throws {@link LabException} naming the first bad one. */
        public ProjectorConfig build() {
            return new ProjectorConfig(features, components, inputRoi, exposureUs, frameTimeUs, maxLitFraction);
        }
    }
}
