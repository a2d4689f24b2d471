/**
 * Linearisation strategies: signed linear random projections {@code A e} of ternary vectors obtained from camera
 * intensities of binary frames, using a fixed anchor pattern on the input device (Ohana et al. 2023 style), plus
 * the naive intensity difference as a negative control. They use the device through the HAL only, so they run on
 * the simulator and on a remote slmsuite bench alike.
 */
package org.photonlab.training.dfa.linear;
