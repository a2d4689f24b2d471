package org.photonlab.protocols.scpi;

import java.util.ArrayList;
import java.util.List;

/**
 * One program message split into its commands: {@code *CLS;MEAS:POW? (@1:4)} → two commands. A command is a header
 * (with {@code ?} when it is a query) and its parameter text. Quoted strings may contain {@code ;}.
 *
 * @param header header without the {@code ?}
 * @param query  whether it ended with {@code ?}
 * @param args   parameter text after the first space, trimmed ("" when none)
 */
public record ScpiMessage(String header, boolean query, String args) {

    /** Splits a line at the {@code ;} that are not inside quotes. Empty commands are dropped. */
    public static List<ScpiMessage> parse(String line) {
        List<ScpiMessage> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ';') {
                add(out, cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur.toString());
        return out;
    }

    private static void add(List<ScpiMessage> out, String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return;
        }
        int sp = 0;
        while (sp < t.length() && !Character.isWhitespace(t.charAt(sp))) {
            sp++;
        }
        String head = t.substring(0, sp);
        String args = t.substring(sp).trim();
        boolean q = head.endsWith("?");
        out.add(new ScpiMessage(q ? head.substring(0, head.length() - 1) : head, q, args));
    }
}
