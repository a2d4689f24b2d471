package org.photonlab.training.dfa;

import java.util.Locale;
import org.photonlab.hal.LabException;

/** How hidden layers get their learning signal. */
public enum DfaMode {
    /** Backpropagation baseline. */
    BP("bp"),
    /** DFA with a digital random matrix B (uniform in [−1, 1)) and the exact error. */
    DFA("dfa"),
    /** DFA with the error ternarised at threshold τ, digital B. */
    DFA_TERNARY("dfa-ternary"),
    /** DFA whose projection of the ternarised error comes from an optical device. */
    OPTICAL("optical");

    private final String cliName;

    DfaMode(String cliName) {
        this.cliName = cliName;
    }

    /** Name on the command line and in run records. */
    public String cliName() {
        return cliName;
    }

    /** Parses {@code bp | dfa | dfa-ternary | optical} (case-insensitive). */
    public static DfaMode parse(String s) {
        String k = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (DfaMode m : values()) {
            if (m.cliName.equals(k)) {
                return m;
            }
        }
        throw new LabException("unknown DFA mode '" + s + "'; expected one of bp, dfa, dfa-ternary, optical");
    }
}
