package org.photonlab.hal.spi;

import java.util.Optional;
import org.photonlab.hal.projection.RandomProjector;

/**
 * Capability of a {@link Backend} that serves random-projection devices (bench devices of kind {@code projector}).
 * Get it with {@code backend.capability(ProjectorBackend.class)}. The projector is returned closed; the caller opens
 * and closes it, and closing the backend closes it too.
 *
 * <p>Thread rules: {@link #projector} may be called from any thread; the projector returned follows
 * {@link RandomProjector}'s rules (one thread at a time).
 */
public interface ProjectorBackend {
    /** The projector of that bench device name, or empty if this backend does not serve it. */
    Optional<RandomProjector> projector(String device);
}
