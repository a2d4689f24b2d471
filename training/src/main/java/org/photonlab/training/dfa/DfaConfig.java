package org.photonlab.training.dfa;

import org.photonlab.hal.LabException;

/**
 * Hyper-parameters of a DFA run; defaults are the brief's reference setting (TinyDFA-style): 784-512-512-10 tanh,
 * SGD lr 0.01 momentum 0.9, batch 32, 15 epochs, τ = 0.1.
 *
 * @param mode             learning signal of the hidden layers
 * @param hidden           hidden layer sizes, each ≥ 1 (at least one layer)
 * @param activation       hidden activation
 * @param epochs           passes over the training set, ≥ 1
 * @param batch            samples per step, ≥ 1
 * @param lr               learning rate, &gt; 0
 * @param momentum         momentum in [0, 1)
 * @param tau              ternarisation threshold (dfa-ternary and optical), &gt; 0
 * @param seed             seeds weights, B and the shuffling
 * @param parallel         let dense kernels use the common fork-join pool (results are identical either way)
 * @param alignment        measure per-layer DFA/BP alignment on the first batch of each epoch
 */
public record DfaConfig(DfaMode mode, int[] hidden, Activation activation, int epochs, int batch, double lr,
                        double momentum, double tau, long seed, boolean parallel, boolean alignment) {
    public DfaConfig {
        if (mode == null || activation == null) {
            throw new LabException("DFA config: mode and activation must be given");
        }
        if (hidden == null || hidden.length == 0) {
            throw new LabException("DFA config: at least one hidden layer is needed");
        }
        hidden = hidden.clone();
        for (int h : hidden) {
            if (h < 1) {
                throw new LabException("DFA config: hidden sizes must be ≥ 1, got " + java.util.Arrays.toString(hidden));
            }
        }
        if (epochs < 1) {
            throw new LabException("DFA config: epochs must be ≥ 1, got " + epochs);
        }
        if (batch < 1) {
            throw new LabException("DFA config: batch must be ≥ 1, got " + batch);
        }
        if (!(lr > 0)) {
            throw new LabException("DFA config: lr must be > 0, got " + lr);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new LabException("DFA config: momentum must be in [0, 1), got " + momentum);
        }
        if (!(tau > 0)) {
            throw new LabException("DFA config: tau must be > 0, got " + tau);
        }
    }

    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** The brief's reference setting in the given mode. */
    public static DfaConfig defaults(DfaMode mode, long seed) {
        return new DfaConfig(mode, new int[] {512, 512}, Activation.TANH, 15, 32, 0.01, 0.9, 0.1, seed, true, true);
    }

    public DfaConfig withHidden(int... sizes) {
        return new DfaConfig(mode, sizes, activation, epochs, batch, lr, momentum, tau, seed, parallel, alignment);
    }

    public DfaConfig withEpochs(int n) {
        return new DfaConfig(mode, hidden, activation, n, batch, lr, momentum, tau, seed, parallel, alignment);
    }

    public DfaConfig withBatch(int n) {
        return new DfaConfig(mode, hidden, activation, epochs, n, lr, momentum, tau, seed, parallel, alignment);
    }

    public DfaConfig withLr(double v) {
        return new DfaConfig(mode, hidden, activation, epochs, batch, v, momentum, tau, seed, parallel, alignment);
    }

    public DfaConfig withParallel(boolean on) {
        return new DfaConfig(mode, hidden, activation, epochs, batch, lr, momentum, tau, seed, on, alignment);
    }

    public DfaConfig withAlignment(boolean on) {
        return new DfaConfig(mode, hidden, activation, epochs, batch, lr, momentum, tau, seed, parallel, on);
    }

    public DfaConfig withActivation(Activation a) {
        return new DfaConfig(mode, hidden, a, epochs, batch, lr, momentum, tau, seed, parallel, alignment);
    }

    /** Widest hidden layer. */
    public int maxHidden() {
        int m = 0;
        for (int h : hidden) {
            m = Math.max(m, h);
        }
        return m;
    }
}
