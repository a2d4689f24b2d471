package org.photonlab.protocols.scpi;

import java.util.ArrayList;
import java.util.List;

/**
 * SCPI channel lists, {@code (@1:8)} or {@code (@1,3,5)} or mixed {@code (@1:3,7)}; channels are 1-based on the
 * wire, 0-based in the HAL.
 */
public final class ScpiChannelList {
    private ScpiChannelList() {
    }

    /** The list for 0-based {@code channels}, with runs written as ranges. Not modified: {@code channels}. */
    public static String format(int[] channels) {
        StringBuilder b = new StringBuilder("(@");
        int i = 0;
        while (i < channels.length) {
            int j = i;
            while (j + 1 < channels.length && channels[j + 1] == channels[j] + 1) {
                j++;
            }
            if (i > 0) {
                b.append(',');
            }
            b.append(channels[i] + 1);
            if (j > i) {
                b.append(':').append(channels[j] + 1);
            }
            i = j + 1;
        }
        return b.append(')').toString();
    }

    /**
     * Parses a list into 1-based channel numbers, or returns {@code null} when the text is not a channel list.
     * Ranges may run downwards ({@code (@4:1)}), as SCPI allows.
     */
    public static List<Integer> parse(String text) {
        String t = text.trim();
        if (!t.startsWith("(@") || !t.endsWith(")")) {
            return null;
        }
        String body = t.substring(2, t.length() - 1).trim();
        if (body.isEmpty()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : body.split(",", -1)) {
            String p = part.trim();
            int colon = p.indexOf(':');
            try {
                if (colon < 0) {
                    out.add(Integer.parseInt(p));
                } else {
                    int a = Integer.parseInt(p.substring(0, colon).trim());
                    int z = Integer.parseInt(p.substring(colon + 1).trim());
                    if (Math.abs((long) z - a) > 1024) {
                        return null;
                    }
                    int step = z >= a ? 1 : -1;
                    for (int c = a; c != z + step; c += step) {
                        out.add(c);
                    }
                }
            } catch (NumberFormatException e) {
                return null;
            }
            if (out.size() > 1024) {
                return null;
            }
        }
        return out;
    }
}
