package org.photonlab.app.bench;

import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a voltage typed on the command line: a plain decimal or scientific number ({@code 1.25}, {@code -0.5},
 * {@code 2.5e-3}) and nothing else. Java's own parser would take {@code 4f}, {@code 1d}, {@code 0x1.8p1} and
 * {@code Infinity}; they are refused here, as are {@code inf} and {@code nan} and numbers too large for a double,
 * with one line that says what a voltage must look like.
 */
public final class VoltsConverter implements CommandLine.ITypeConverter<Double> {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    static final String EXPECTED = "a voltage must be a plain decimal number such as 1.25, -0.5 or 2.5e-3";

    @Override
    public Double convert(String text) {
        String t = text.trim();
        if (!PLAIN.matcher(t).matches()) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a voltage: " + EXPECTED);
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large to be a voltage: " + EXPECTED
                    + " within the channel's limits");
        }
        return v;
    }
}
