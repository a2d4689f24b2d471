/**
 * Contracts of an optical random-projection device (binary DMD or phase SLM in, 8-bit camera out): lifecycle,
 * configuration, the native intensity transform {@code y = |xR|²}, and signed linear projections obtained from
 * intensities by pluggable {@link org.photonlab.hal.projection.LinearisationStrategy linearisation strategies}.
 * Training code talks to these types only, whether the device is simulated in process or remote.
 */
package org.photonlab.hal.projection;
