package org.photonlab.protocols.qontrol;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One host line of the Qontrol ASCII protocol, {@code <header><channel><op><value>}: {@code V3=4.5},
 * {@code vmax3?}, {@code VVEC8=1.0,1.5}, {@code nupall?}. Headers arrive in either case (the vendor library sends
 * upper case, its docs lower case), so the header is normalised to upper case.
 *
 * @param header  upper-case command name, e.g. {@code V}, {@code VMAX}, {@code NUPALL}
 * @param channel channel number, or −1 when the line has none
 * @param query   true for {@code ?}, false for {@code =}
 * @param value   text after {@code =} (empty for a query)
 */
public record QontrolCommand(String header, int channel, boolean query, String value) {
    private static final Pattern LINE = Pattern.compile("([A-Za-z]+)(\\d{0,4})\\s*([=?])\\s*(.*)");

    /** Parses a line; {@code null} when it is not of the form header[channel](=|?)... at all. */
    public static QontrolCommand parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return null;
        }
        int ch = m.group(2).isEmpty() ? -1 : Integer.parseInt(m.group(2));
        boolean q = m.group(3).equals("?");
        if (q && !m.group(4).isEmpty()) {
            return null;
        }
        return new QontrolCommand(m.group(1).toUpperCase(Locale.ROOT), ch, q, m.group(4));
    }
}
