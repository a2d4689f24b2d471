package org.photonlab.drivers.link;

/** Makes a new, unopened {@link Link} for each (re)connection attempt. */
@FunctionalInterface
public interface LinkOpener {
    Link create();
}
