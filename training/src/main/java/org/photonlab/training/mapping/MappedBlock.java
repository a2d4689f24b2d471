package org.photonlab.training.mapping;

import org.photonlab.hal.core.CorePhases;

/**
 * One k×k weight block as a photonic core realises it: W = sScale·U·diag(cos φ_Σ)·V, with U, V Clements meshes and
 * {@code sScale} = max|S| the block's electronic output gain (≥ 0; 0 only for an all-zero block).
 */
public record MappedBlock(CorePhases phases, double sScale) {
}
