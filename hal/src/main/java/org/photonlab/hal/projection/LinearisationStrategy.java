package org.photonlab.hal.projection;

/**
 * A way of getting a signed linear random projection {@code y = A x} out of a device that only measures
 * intensities {@code |R z|²} of binary frames {@code z} (anchor method, holography, ...). Strategies use the
 * device through {@link RandomProjector} alone, so the same strategy runs on a simulated or a remote device.
 */
public interface LinearisationStrategy {
    /** Short identifier, e.g. {@code anchor4}. */
    String id();

    /** Frames per ternary input vector with both signs present (zero parts may shoot fewer frames). */
    int framesPerVector();

    /**
     * Configures {@code device} for {@code inputs} signal features (plus whatever the strategy reserves) and
     * {@code components} outputs, calibrates what it needs (counted in the frames of the first call) and returns
     * the bound projection. The device must be open.
     */
    LinearProjection bind(RandomProjector device, int inputs, int components);
}
