package org.photonlab.protocols.qontrol;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.photonlab.protocols.line.ProtocolException;

/**
 * Number and line formats of the Qontrol ASCII protocol, shared by the driver and the wire simulator.
 *
 * <p>Values are written in fixed point with at least three decimals ({@code 4.500}), never in exponent form: the
 * vendor library parses {@code [+-]?[\d.]+}, so {@code 1e-3} would read as 1. Beyond three decimals the shortest
 * digits that identify the double are kept ({@code 4.500183} for a 16-bit code), so a DAC setpoint crosses the
 * wire exactly and re-quantising it on the far side gives the same code.
 */
public final class QontrolFormat {
    /** An error line: {@code E01:03}; the vendor library's pattern is {@code [A-Za-z]{1,3}(\d+):(\d+)}. */
    public static final Pattern ERROR = Pattern.compile("[A-Za-z]{1,3}(\\d+):(\\d+)");
    /** A module identity: type, dash, hex serial ({@code Q8iv-01A0}); the vendor's check. */
    public static final Pattern IDENTITY = Pattern.compile(".*\\w+\\d\\w*-[0-9a-fA-F*]+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+\\.\\d+");
    private static final Pattern CHAIN_LINE = Pattern.compile("(\\S+) : (\\d+)");

    /** Error codes the devices send. */
    public static final int OVER_VOLTAGE = 1;
    public static final int OVER_CURRENT = 2;
    public static final int UNRECOGNISED_COMMAND = 10;
    public static final int BAD_PARAMETER = 11;
    public static final int BAD_CHANNEL = 12;
    public static final int FORBIDDEN = 13;
    public static final int BUFFER_OVERFLOW = 14;
    public static final int SERIAL_ERROR = 15;
    public static final int TOO_MANY_ERRORS = 30;
    public static final int POWERED_UP = 90;

    private QontrolFormat() {
    }

    /** Fixed point, at least three decimals, exact. */
    public static String number(double v) {
        if (v == 0.0) {
            return "0.000";
        }
        String s = new BigDecimal(Double.toString(v)).toPlainString();
        int dot = s.indexOf('.');
        if (dot < 0) {
            return s + ".000";
        }
        int decimals = s.length() - dot - 1;
        return decimals >= 3 ? s : s + "0".repeat(3 - decimals);
    }

    /** Parses a fixed-point value; anything else (garbled, exponent form) is a protocol error. */
    public static double parseNumber(String s) {
        if (!NUMBER.matcher(s).matches()) {
            throw new ProtocolException("expected a fixed-point number such as 4.500, got '" + s + "'");
        }
        return Double.parseDouble(s);
    }

    /** {@code E01:03}: two-digit fields (wider when the channel needs it). */
    public static String error(int code, int channel) {
        return String.format("E%02d:%02d", code, channel);
    }

    /** The error code of an error line, or −1. */
    public static int errorCode(String line) {
        Matcher m = ERROR.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** {@code 12.000 V}, {@code 24.000 mA}: one space before the unit (the vendor library requires it). */
    public static String withUnit(double v, String unit) {
        return String.format(java.util.Locale.ROOT, "%.3f %s", v, unit);
    }

    /** Parses {@code 12.000 V}. */
    public static double parseWithUnit(String s, String unit) {
        String suffix = " " + unit;
        if (!s.endsWith(suffix)) {
            throw new ProtocolException("expected '<number> " + unit + "', got '" + s + "'");
        }
        String n = s.substring(0, s.length() - suffix.length());
        if (!NUMBER.matcher(n).matches()) {
            throw new ProtocolException("expected '<number> " + unit + "', got '" + s + "'");
        }
        return Double.parseDouble(n);
    }

    /** A {@code nupall?} line, {@code Q8iv-01A0 : 0}. */
    public static String chainLine(String identity, int index) {
        return identity + " : " + index;
    }

    /** The identity in a {@code nupall?} line. */
    public static String parseChainLine(String s) {
        Matcher m = CHAIN_LINE.matcher(s);
        if (!m.matches() || !IDENTITY.matcher(m.group(1)).matches()) {
            throw new ProtocolException("expected '<type>-<hex serial> : <index>', got '" + s + "'");
        }
        return m.group(1);
    }
}
