package org.photonlab.hal.spi;

import java.util.List;
import java.util.Locale;

/**
 * One key a backend accepts under a device's {@code options:} or under the bench's {@code physics:}: its name, type,
 * unit, default, allowed range and meaning. Backends declare them through {@link BackendProvider#optionSpec()};
 * {@link OptionSet#read} is the one place that checks given values against them. Immutable.
 *
 * @param name         the key as written in a bench file
 * @param type         value type
 * @param unit         unit of a number ({@code "V"}, {@code "ms"}, ...), empty when it has none
 * @param defaultValue value used when the key is absent ({@code Long}, {@code Double}, {@code Boolean} or
 *                     {@code String}), or null when absence means "not set" (the backend says what that means)
 * @param min          lowest allowed number, inclusive (numbers and integers only)
 * @param max          highest allowed number, inclusive (numbers and integers only)
 * @param choices      allowed texts (lower case) of a {@link OptionType#TEXT} option; empty means any text
 * @param description  what the key does, one sentence
 */
public record OptionSpec(String name, OptionType type, String unit, Object defaultValue, double min, double max,
                         List<String> choices, String description) {
    public OptionSpec {
        choices = List.copyOf(choices);
        if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("option " + name + ": range must be finite with min <= max");
        }
    }

    /** An integer option in {@code min..max}; {@code defaultValue} may be null. */
    public static OptionSpec integer(String name, String unit, Long defaultValue, long min, long max,
                                     String description) {
        return new OptionSpec(name, OptionType.INTEGER, unit, defaultValue, min, max, List.of(), description);
    }

    /** A finite number option in {@code [min, max]}; {@code defaultValue} may be null. */
    public static OptionSpec number(String name, String unit, Double defaultValue, double min, double max,
                                    String description) {
        return new OptionSpec(name, OptionType.NUMBER, unit, defaultValue, min, max, List.of(), description);
    }

    /** A boolean option. */
    public static OptionSpec bool(String name, boolean defaultValue, String description) {
        return new OptionSpec(name, OptionType.BOOLEAN, "", defaultValue, 0, 0, List.of(), description);
    }

    /** A free text option; {@code defaultValue} may be null. */
    public static OptionSpec text(String name, String defaultValue, String description) {
        return new OptionSpec(name, OptionType.TEXT, "", defaultValue, 0, 0, List.of(), description);
    }

    /** A text option with a fixed set of (lower-case) values; {@code defaultValue} may be null. */
    public static OptionSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new OptionSpec(name, OptionType.TEXT, "", defaultValue, 0, 0, choices, description);
    }

    /** A list-of-texts option with no default. */
    public static OptionSpec list(String name, String description) {
        return new OptionSpec(name, OptionType.LIST, "", null, 0, 0, List.of(), description);
    }

    /** The allowed values as shown to a user: {@code 0..65535}, {@code [0, 1]}, {@code dmd|phase}, or empty. */
    public String allowed() {
        return switch (type) {
            case INTEGER -> min <= Long.MIN_VALUE && max >= Long.MAX_VALUE ? "any" : (long) min + ".." + (long) max;
            case NUMBER -> "[" + format(min) + ", " + format(max) + "]";
            case BOOLEAN -> "true|false";
            case TEXT -> choices.isEmpty() ? "" : String.join("|", choices);
            case LIST -> "";
        };
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+(e|$)", "$1");
    }
}
