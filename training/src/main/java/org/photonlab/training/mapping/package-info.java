/**
 * Weights to core phases: k×k blocking with zero padding ({@link org.photonlab.training.mapping.BlockGrid}), a
 * one-sided Jacobi SVD ({@link org.photonlab.training.mapping.JacobiSvd}), and per block the Clements phases of U and
 * V plus φ_Σ = arccos(S/S_scale) with the per-block electronic gain S_scale = max|S|
 * ({@link org.photonlab.training.mapping.BlockMapper}).
 */
package org.photonlab.training.mapping;
