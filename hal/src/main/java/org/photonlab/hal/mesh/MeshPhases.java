package org.photonlab.hal.mesh;

/**
 * The programmable description of one k×k real orthogonal matrix on a Clements mesh.
 *
 * @param phases    k(k−1)/2 MZI phases in packed order, rad
 * @param delta0    sign δ₀ (+1 or −1) of the diagonal D₀
 * @param deltaLast sign δ_{k−1} (+1 or −1) of the diagonal D_{k−1}
 */
public record MeshPhases(double[] phases, double delta0, double deltaLast) {
}
