/**
 * JMH benchmarks of the zeroth-order optimisers on CNN-S deployed on the simulated noisy chip, and the reproduction
 * driver behind docs/zo-training.md.
 */
package org.photonlab.bench.zo;
