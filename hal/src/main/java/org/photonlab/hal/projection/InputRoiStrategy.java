package org.photonlab.hal.projection;

/**
 * Which part of the input device the features occupy. Pixels outside the input region of interest are lit, as on
 * LightOn's device, so they add a constant field to every frame.
 */
public enum InputRoiStrategy {
    /** Zoom the features to fill as much of the device as the integer replication factor allows (the default). */
    FULL,
    /** One pixel per feature (zoom 1), centred. */
    SMALL
}
