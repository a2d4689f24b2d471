package org.photonlab.hal.kernel;

/** Which implementation of the numeric kernels runs; both give the same results (see {@link Kernels}). */
public enum KernelPath {
    /** Plain Java loops, one element at a time. */
    SCALAR,
    /** {@code jdk.incubator.vector} lanes (the widest the CPU offers), with the same per-element arithmetic. */
    VECTOR
}
