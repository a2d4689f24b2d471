/**
 * Bench descriptions (which devices exist, which backend serves each, how DAC channels and detectors are wired to
 * the mesh cores) and the open {@link org.photonlab.hal.bench.Bench} that owns every device it opened.
 */
package org.photonlab.hal.bench;
