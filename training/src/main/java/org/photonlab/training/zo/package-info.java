/**
 * Zeroth-order (derivative-free) on-chip training of a deployed photonic network: FLOPS (ZO-SGD with Gaussian
 * directions) and MixedTrn (SZO-SCD with mixed training, two-level sparsity and power-aware pruning). Optimisers see
 * the chip only through {@link org.photonlab.training.zo.OnChipModel}: they commit phases and pay one query per
 * mini-batch loss.
 */
package org.photonlab.training.zo;
