/**
 * The {@code sim} backend: an in-process model of MZI-mesh photonic tensor cores W = U·diag(cos φ_Σ)·V with the
 * non-idealities of the L2ight / MixedTrn papers (γ drift, thermal crosstalk, phase bias, detector noise), reached
 * only through the HAL. The model equations, switches and seeding are in {@code docs/chip-model.md}.
 */
package org.photonlab.simulator.chip;
