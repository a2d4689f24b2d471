package org.photonlab.training.dfa;

/**
 * Source of the shared DFA feedback {@code F = P(e) / (n · √width)}: a random projection {@code P} of the output
 * error {@code e = softmax − onehot} into {@code width} values per sample, with TinyDFA's normalisation (divide by
 * √width) and the 1/n of the mean loss. Hidden layer l uses the first {@code size_l} columns of F.
 */
interface Feedback {
    int width();

    /**
     * @param e   {@code n × classes} errors (not modified)
     * @param n   batch size
     * @param out {@code n × width} feedback (modified)
     */
    void project(float[] e, int n, float[] out);

    /** Frames, device time and fidelity so far; zero for digital feedback. */
    FeedbackStats stats();

    /** Short description for run records. */
    String describe();
}
