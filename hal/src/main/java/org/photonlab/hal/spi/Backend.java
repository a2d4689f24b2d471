package org.photonlab.hal.spi;

import java.util.Optional;

/**
 * The devices one backend serves for one open bench. Closing it releases them all.
 *
 * <p>Thread rules: {@link #dac}, {@link #detector} and {@link #capability} are called while the bench opens, from
 * the opening thread; the devices and capabilities returned are then used as their own interfaces say (cores of one
 * bench may be driven from different threads at once). {@link #close()} is called once, after every device of the
 * backend has been closed.
 */
public interface Backend extends AutoCloseable {
    /** The raw DAC device of that name, or empty if this backend does not serve it. */
    Optional<DacDevice> dac(String device);

    /** The raw detector device of that name, or empty if this backend does not serve it. */
    Optional<DetectorDevice> detector(String device);

    /** An optional capability of this backend (for example {@link BatchCoreTransform}), or empty. */
    default <T> Optional<T> capability(Class<T> type) {
        return type.isInstance(this) ? Optional.of(type.cast(this)) : Optional.empty();
    }

    /** Whether readings are exactly repeatable for the same chip state (no detector noise). */
    default boolean deterministicReadout() {
        return false;
    }

    @Override
    void close();
}
