/**
 * Numeric kernels shared by the simulator and the trainers, each in two paths that give bit-identical results: a
 * scalar loop and a {@code jdk.incubator.vector} one. {@link org.photonlab.hal.kernel.Kernels} chooses the path once
 * per JVM from the system property {@code photonlab.kernels} ({@code vector}, the default, or {@code scalar}); the
 * vector path needs {@code --add-modules jdk.incubator.vector} and falls back to scalar without it.
 */
package org.photonlab.hal.kernel;
