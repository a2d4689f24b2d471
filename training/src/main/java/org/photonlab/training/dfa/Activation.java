package org.photonlab.training.dfa;

import java.util.Locale;
import org.photonlab.hal.LabException;

/** Hidden-layer non-linearity, applied in place; derivatives are expressed through the output {@code h = f(a)}. */
public enum Activation {
    TANH {
        @Override
        void apply(float[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                // tanh(x) = 1 − 2 / (e^{2x} + 1): one intrinsic exp instead of StrictMath's slower tanh
                float x = Math.max(-15f, Math.min(15f, a[i]));
                a[i] = 1f - 2f / ((float) Math.exp(2.0 * x) + 1f);
            }
        }

        @Override
        float derivative(float h) {
            return 1f - h * h;
        }
    },
    RELU {
        @Override
        void apply(float[] a, int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = Math.max(0f, a[i]);
            }
        }

        @Override
        float derivative(float h) {
            return h > 0f ? 1f : 0f;
        }
    };

    abstract void apply(float[] a, int from, int to);

    /** f'(a) given h = f(a). */
    abstract float derivative(float h);

    public static Activation parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new LabException("unknown activation '" + s + "'; expected tanh or relu");
        }
    }
}
