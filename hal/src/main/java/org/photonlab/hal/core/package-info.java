/**
 * A photonic tensor core W = U·diag(σ)·V assembled from a bench's DAC channels and detectors: the trainer programs
 * it in phases and pushes input vectors through it, never seeing channel numbers or volts.
 */
package org.photonlab.hal.core;
