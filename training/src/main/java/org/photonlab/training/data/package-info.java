/**
 * The one data layer of both trainers: {@link org.photonlab.training.data.Datasets} loads {@code mnist16},
 * {@code digits}, {@code iris} and the 28×28 {@code mnist10k} of DFA from class-path resources (no network) as a
 * train/test {@link org.photonlab.training.data.Split} of {@link org.photonlab.training.data.Dataset}s;
 * {@link org.photonlab.training.data.BatchSampler} draws seeded mini-batches, in the order of pre-training and DFA
 * (one pass per epoch) or of zeroth-order training (whole batches), into a reusable, versioned
 * {@link org.photonlab.training.data.Batch}.
 */
package org.photonlab.training.data;
