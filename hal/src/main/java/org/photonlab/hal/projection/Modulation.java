package org.photonlab.hal.projection;

/** How the input device modulates the light that reaches the scattering medium. */
public enum Modulation {
    /** Binary-amplitude micro-mirror device: a mirror is on (reflects into the medium) or off. */
    DMD_BINARY,
    /**
     * Phase-only spatial light modulator: 8-bit levels map linearly to phases 0..2π (level 256 would be 2π). A binary
     * feature drives its pixels to level 0 (off) or 128 (phase π, on), so every pixel always contributes light.
     */
    SLM_PHASE
}
