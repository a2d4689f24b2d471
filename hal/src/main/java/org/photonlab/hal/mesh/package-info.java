/**
 * The phase conventions of an MZI mesh: Clements rectangular meshes of real 2×2 rotations, the packed order of their
 * phases, decomposition of an orthogonal matrix into phases and reconstruction from phases. These conventions are
 * part of the contract between a bench and the trainer (which phase shifter a DAC channel drives), so they live in the
 * HAL.
 */
package org.photonlab.hal.mesh;
