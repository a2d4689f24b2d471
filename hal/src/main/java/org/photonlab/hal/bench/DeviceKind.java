package org.photonlab.hal.bench;

/** The three device families of a bench. */
public enum DeviceKind {
    DAC, DETECTOR, PROJECTOR;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
