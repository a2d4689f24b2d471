/**
 * Direct Feedback Alignment (Nøkland 2016) for multilayer perceptrons, with the error projection computed digitally
 * or by an optical random-projection device behind the HAL ({@link org.photonlab.hal.projection.LinearProjection}).
 * One projection per sample serves every hidden layer through prefix slices (TinyDFA's shared-matrix trick), so a
 * device shows one error per sample whatever the depth.
 */
package org.photonlab.training.dfa;
