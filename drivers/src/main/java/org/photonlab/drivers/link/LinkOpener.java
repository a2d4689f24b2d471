package org.photonlab.drivers.link;

import java.util.function.Supplier;
import org.photonlab.drivers.lease.LockTarget;

/** Makes a new, unopened {@link Link} for each (re)connection attempt. */
@FunctionalInterface
public interface LinkOpener {
    Link create();

    /** What the device's host-side lock is keyed by; null for a link no other process can reach (a pipe). */
    default LockTarget lockTarget() {
        return null;
    }

    /** An opener for a port or endpoint other processes can reach too, locked by {@code target}. */
    static LinkOpener of(LockTarget target, Supplier<Link> links) {
        return new LinkOpener() {
            @Override
            public Link create() {
                return links.get();
            }

            @Override
            public LockTarget lockTarget() {
                return target;
            }
        };
    }
}
