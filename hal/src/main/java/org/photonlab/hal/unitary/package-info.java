/**
 * The unitary-mesh chip shape: one k×k Clements mesh (a heater per MZI, two external sign shifters) between input
 * modulators and output detectors, with a column of MZI attenuators or an electronic Σ. {@link
 * org.photonlab.hal.unitary.UnitaryMeshSpec} is its wiring in a bench description, and {@link
 * org.photonlab.hal.unitary.UnitaryMeshCore} runs a block W = U·diag(σ)·V on it as a V-pass, Σ and a U-pass.
 */
package org.photonlab.hal.unitary;
