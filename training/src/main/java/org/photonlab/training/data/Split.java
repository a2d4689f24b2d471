package org.photonlab.training.data;

/** A train/test pair of the same task (same shape and classes). */
public record Split(Dataset train, Dataset test) {
    public Split {
        if (train.dim() != test.dim() || train.classes() != test.classes()) {
            throw new IllegalArgumentException("train " + train + " and test " + test + " differ in shape or classes");
        }
    }
}
