package org.photonlab.protocols.scpi;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.photonlab.protocols.line.ProtocolException;

/**
 * SCPI number formats shared by the driver and the wire simulator. Readings go out as NR3 built from the shortest
 * digits that identify the double ({@link Double#toString}), with at least six decimals: {@code 1.000904E-03}.
 * Parsing that text gives back the very same double, so an ADC value crosses the wire exactly.
 */
public final class ScpiFormat {
    private static final Pattern NRF = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ScpiFormat() {
    }

    /** NR3 text of {@code v}: {@code d.ddddddE±XX}, exact. SCPI's 9.91E37 stands for NaN. */
    public static String nr3(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "9.91E+37" : (v > 0 ? "9.9E+37" : "-9.9E+37");
        }
        if (v == 0.0) {
            return (1 / v < 0 ? "-" : "") + "0.000000E+00";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exponent = digits.length() - 1 - bd.scale();
        StringBuilder b = new StringBuilder(24);
        if (v < 0) {
            b.append('-');
        }
        b.append(digits.charAt(0)).append('.');
        String rest = digits.substring(1);
        b.append(rest);
        for (int i = rest.length(); i < 6; i++) {
            b.append('0');
        }
        b.append('E').append(exponent < 0 ? '-' : '+');
        int e = Math.abs(exponent);
        if (e < 10) {
            b.append('0');
        }
        return b.append(e).toString();
    }

    /** Parses NR1/NR2/NR3 text; anything else is a protocol error. */
    public static double parse(String s) {
        String t = s.trim();
        if (!NRF.matcher(t).matches()) {
            throw new ProtocolException("expected a number such as 1.000904E-03, got '" + s + "'");
        }
        return Double.parseDouble(t);
    }

    /** True when {@code s} is an SCPI decimal number (NRf). */
    public static boolean isNumber(String s) {
        return NRF.matcher(s.trim()).matches();
    }
}
