package org.photonlab.hal.projection;

/** How input features are laid out on the input device's pixels (mirrors). */
public enum FeatureMapping {
    /** 1-D features: each feature is replicated over ⌊pixels / features⌋ consecutive pixels ("lined" format). */
    LINED,
    /** 2-D features: each feature pixel is zoomed into an integer factor × factor block, centred ("macro_2d"). */
    MACRO_2D
}
