package org.photonlab.hal.spi;

import org.photonlab.hal.core.CoreSection;

/**
 * Optional backend capability: declares which phase shifters of a core are passive (non-volatile, set once and then
 * holding their phase with no static heater power). Passive shifters receive thermal crosstalk but emit none, when
 * the backend models that; they cost no static power.
 *
 * <p>Thread rules: called for one core from one thread at a time; calls for different cores may come from
 * different threads at once.
 */
public interface PassiveHeaterControl {
    /** {@code passive[i]} marks phase i of {@code section} of {@code core} passive. Not modified: {@code passive}. */
    void setPassive(String core, CoreSection section, boolean[] passive);
}
