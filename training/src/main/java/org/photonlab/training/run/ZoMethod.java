package org.photonlab.training.run;

import java.util.Locale;

/** The zeroth-order training methods a run can use. */
public enum ZoMethod {
    /** MixedTrn: SZO-SCD with mixed training, α_g skipping and optional power-aware pruning. */
    MIXEDTRN,
    /** FLOPS: ZO-SGD with Gaussian directions. */
    FLOPS;

    /** Lower-case name, as on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code mixedtrn} or {@code flops} (any case); the message of the exception names the bad value. */
    public static ZoMethod parse(String s) {
        for (ZoMethod m : values()) {
            if (m.id().equalsIgnoreCase(s.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + s + "'; expected mixedtrn or flops");
    }
}
