package org.photonlab.training.dfa.linear;

/**
 * Which frames an anchor projection shoots and how it combines them. {@code I(z)} is the camera image of binary
 * frame {@code z}, {@code a} the anchor, {@code e = e⁺ − e⁻} the ternary input. Parts that are empty shoot no frames;
 * their images are replaced by the calibrated {@code I(a)} or {@code I(0)}.
 */
enum Scheme {
    /** Exact per binary part: {@code I(z+a) − I(z) − I(a) + I(0)}, with a fresh anchor frame per part: 3 frames. */
    ANCHOR3(3),
    /** Exact for ternary inputs: {@code [I(e⁺+a) − I(e⁻+a)] − [I(e⁺) − I(e⁻)]}: 4 frames. */
    ANCHOR4(4),
    /** Approximate: {@code I(e⁺+a) − I(e⁻+a)}; the error {@code |Re⁺|² − |Re⁻|²} fades as the anchor grows: 2 frames. */
    ANCHOR2(2),
    /** Negative control, not linear: {@code I(e⁺) − I(e⁻)}: 2 frames. */
    NAIVE(2);

    final int frames;

    Scheme(int frames) {
        this.frames = frames;
    }
}
