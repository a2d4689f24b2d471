/**
 * Photodetector readout. {@link org.photonlab.hal.detect.DetectorArray} reads a set of channels in one call and
 * states the unit of what it returns.
 */
package org.photonlab.hal.detect;
