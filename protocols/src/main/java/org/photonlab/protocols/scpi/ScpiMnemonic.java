package org.photonlab.protocols.scpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SCPI header pattern written the standard way, upper case for the short form and brackets for optional nodes:
 * {@code [SENSe:]CORRection:WAVelength}. A host header matches when each node is the short form or the long
 * form, case-insensitively ({@code SYST:ERR?} = {@code SYSTem:ERRor?} = {@code syst:error?}).
 */
public final class ScpiMnemonic {
    private record Node(String shortForm, String longForm, boolean optional) {
        boolean matches(String s) {
            String u = s.toUpperCase(Locale.ROOT);
            return u.equals(shortForm) || u.equals(longForm);
        }
    }

    private final String pattern;
    private final List<Node> nodes = new ArrayList<>();

    public ScpiMnemonic(String pattern) {
        this.pattern = pattern;
        for (String raw : pattern.replace("[:", ":[").split(":")) {
            String n = raw;
            boolean optional = false;
            if (n.startsWith("[")) {
                optional = true;
                n = n.substring(1);
            }
            if (n.endsWith("]")) {
                optional = true;
                n = n.substring(0, n.length() - 1);
            }
            StringBuilder s = new StringBuilder();
            for (char c : n.toCharArray()) {
                if (Character.isUpperCase(c) || c == '*' || Character.isDigit(c)) {
                    s.append(c);
                }
            }
            nodes.add(new Node(s.toString(), n.toUpperCase(Locale.ROOT), optional));
        }
    }

    /** Whether {@code header} (without {@code ?}, leading colon allowed) names this command. */
    public boolean matches(String header) {
        String h = header.startsWith(":") ? header.substring(1) : header;
        if (h.isEmpty()) {
            return false;
        }
        return match(h.split(":", -1), 0, 0);
    }

    private boolean match(String[] parts, int p, int n) {
        if (n == nodes.size()) {
            return p == parts.length;
        }
        Node node = nodes.get(n);
        if (p < parts.length && node.matches(parts[p]) && match(parts, p + 1, n + 1)) {
            return true;
        }
        return node.optional() && match(parts, p, n + 1);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
