package org.photonlab.hal.projection;

import java.util.Optional;

/**
 * An optical random-projection device: binary input vectors are shown on a DMD (or phase SLM), the light crosses a
 * scattering medium with complex Gaussian transmission matrix {@code R}, and a camera measures
 * {@code y = |x R|²} quantised to 8-bit counts.
 *
 * <p>Lifecycle: {@link #open()} acquires the device for exclusive use (a second user gets
 * {@link org.photonlab.hal.DeviceInUseException} until the first closes it); {@link #configure} must be called
 * before {@link #transform}, otherwise {@link org.photonlab.hal.NotConfiguredException}. Reconfiguring is allowed
 * at any time; a new feature layout or output region selects other mirrors and pixels, hence another matrix.
 * After {@link #close()} every call except {@link #info()}, {@link #isOpen()} and {@code close()} throws; a closed
 * device may be opened again.
 *
 * <p>Thread rules: implementations are safe for use by one thread at a time; callers that share one serialise
 * their calls (a transform in progress is not interrupted by another thread's reconfiguration).
 */
public interface RandomProjector extends AutoCloseable {
    /** Static description; valid before open and after close. */
    ProjectorInfo info();

    /** Acquires the device; throws {@link org.photonlab.hal.DeviceInUseException} if someone else holds it. */
    void open();

    boolean isOpen();

    /**
     * Checks and applies {@code config}; throws {@link org.photonlab.hal.LabException} naming the bad value
     * (e.g. more features than input pixels, more components than camera pixels).
     */
    void configure(ProjectorConfig config);

    /** The configuration in force; throws {@link org.photonlab.hal.NotConfiguredException} before the first one. */
    ProjectorConfig config();

    /**
     * Shows each vector of {@code input} as one frame and returns the camera counts, {@code input.size() ×
     * config().components()}. The vectors must have {@code config().features().count()} features.
     * Results for a vector do not depend on how a workload is split into calls, except for camera noise, which
     * depends on the device's frame counter.
     */
    ProjectionResult transform(BinaryBatch input);

    /**
     * Binds a linearisation strategy to this device: the returned projection computes a signed, linear random
     * projection of {@code inputs}-dimensional ternary vectors into {@code components} outputs from camera
     * intensities. It reconfigures the device.
     */
    default LinearProjection linear(LinearisationStrategy strategy, int inputs, int components) {
        return strategy.bind(this, inputs, components);
    }

    /**
     * The noise-free optical field, for validation; only simulated devices offer it. Empty for real hardware.
     */
    default Optional<FieldOracle> fieldOracle() {
        return Optional.empty();
    }

    /** Releases the device. Idempotent. */
    @Override
    void close();
}
