/**
 * Bundled data sets and mini-batches: {@link org.photonlab.training.data.Datasets} loads {@code mnist16},
 * {@code digits} and {@code iris} from class-path resources (no network) as a train/test
 * {@link org.photonlab.training.data.Split}; {@link org.photonlab.training.data.BatchSampler} draws seeded,
 * reshuffled mini-batches into a reusable, versioned {@link org.photonlab.training.data.Batch}.
 */
package org.photonlab.training.data;
