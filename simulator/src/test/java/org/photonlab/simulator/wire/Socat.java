package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The one allowed skip: tests that need {@code socat} pty pairs skip with a clear message where it is missing,
 * unless {@code PHOTONLAB_REQUIRE_SOCAT=1} (set by CI, which installs socat) turns the skip into a failure.
 */
final class Socat {
    private Socat() {
    }

    static void require() {
        if (PtyBridge.socatAvailable()) {
            return;
        }
        String msg = "socat is not on the PATH, so the serial pty tests cannot run (install it: apt-get install socat)";
        if ("1".equals(System.getenv("PHOTONLAB_REQUIRE_SOCAT"))) {
            fail(msg + "; PHOTONLAB_REQUIRE_SOCAT=1 forbids skipping them");
        }
        Assumptions.abort(msg);
    }
}
