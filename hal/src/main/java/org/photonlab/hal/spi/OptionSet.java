package org.photonlab.hal.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.photonlab.hal.BenchConfigException;

/**
 * The keys one backend accepts in one place of a bench file (a device kind's {@code options:}, or {@code physics:}),
 * and the one parser that checks given values against them: unknown keys are refused naming the key and listing the
 * known ones; a value of the wrong type, a non-finite number or one outside the allowed range is refused naming the
 * key, the value and what is allowed. Immutable and thread-safe.
 *
 * @param specs the keys, in the order {@code bench options} prints them
 */
public record OptionSet(List<OptionSpec> specs) {
    /** Accepts no key at all. */
    public static final OptionSet NONE = new OptionSet(List.of());

    public OptionSet {
        specs = List.copyOf(specs);
        TreeSet<String> seen = new TreeSet<>();
        for (OptionSpec s : specs) {
            if (!seen.add(s.name())) {
                throw new IllegalArgumentException("option '" + s.name() + "' is declared twice");
            }
        }
    }

    public static OptionSet of(OptionSpec... specs) {
        return new OptionSet(List.of(specs));
    }

    /** These keys and those of {@code more} (a key declared in both is a programming error). */
    public OptionSet with(OptionSet more) {
        List<OptionSpec> all = new ArrayList<>(specs);
        all.addAll(more.specs);
        return new OptionSet(all);
    }

    /** The key names, sorted. */
    public TreeSet<String> names() {
        TreeSet<String> out = new TreeSet<>();
        specs.forEach(s -> out.add(s.name()));
        return out;
    }

    /**
     * Checks {@code given} and returns the typed values with the defaults filled in.
     *
     * @param where names the map in messages, e.g. {@code "device 'mesh_dac' (backend qontrol-tcp): options"}
     * @param given the raw values as the YAML reader produced them; not modified
     * @throws BenchConfigException on the first unknown key or bad value, in one line
     */
    public OptionValues read(String where, Map<String, ?> given) {
        return read(where, given, true);
    }

    /**
     * Like {@link #read} but passes over keys this set does not declare: for a component that reads its part of a
     * map whose whole was checked with {@link #read} against a larger set (a driver's link keys beside its protocol
     * keys).
     */
    public OptionValues readKnown(String where, Map<String, ?> given) {
        return read(where, given, false);
    }

    private OptionValues read(String where, Map<String, ?> given, boolean strict) {
        Map<String, OptionSpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : given.entrySet()) {
            OptionSpec s = byName.get(e.getKey());
            if (s == null && !strict) {
                continue;
            }
            if (s == null) {
                throw new BenchConfigException(where + ": unknown key '" + e.getKey() + "'; "
                        + (specs.isEmpty() ? "no keys are accepted here" : "known keys: " + names()));
            }
            if (e.getValue() != null) {
                values.put(s.name(), convert(where + "." + s.name(), s, e.getValue()));
            }
        }
        for (OptionSpec s : specs) {
            if (!values.containsKey(s.name()) && s.defaultValue() != null) {
                values.put(s.name(), s.defaultValue());
            }
        }
        return new OptionValues(where, byName, Collections.unmodifiableMap(values));
    }

    private static Object convert(String key, OptionSpec s, Object v) {
        return switch (s.type()) {
            case INTEGER -> integer(key, s, v);
            case NUMBER -> number(key, s, v);
            case BOOLEAN -> {
                if (v instanceof Boolean b) {
                    yield b;
                }
                throw bad(key, v, "true or false");
            }
            case TEXT -> {
                if (v instanceof Map || v instanceof List) {
                    throw bad(key, v, "a text value");
                }
                String t = v.toString();
                if (!s.choices().isEmpty() && !s.choices().contains(t.toLowerCase(java.util.Locale.ROOT))) {
                    throw bad(key, v, "one of " + s.allowed());
                }
                yield s.choices().isEmpty() ? t : t.toLowerCase(java.util.Locale.ROOT);
            }
            case LIST -> {
                List<String> out = new ArrayList<>();
                if (v instanceof List<?> l) {
                    for (Object item : l) {
                        if (item instanceof Map || item instanceof List) {
                            throw bad(key, v, "a list of texts");
                        }
                        out.add(item.toString().trim());
                    }
                } else if (v instanceof Map) {
                    throw bad(key, v, "a list of texts");
                } else {
                    for (String part : v.toString().split(",")) {
                        out.add(part.trim());
                    }
                }
                yield List.copyOf(out);
            }
        };
    }

    private static Long integer(String key, OptionSpec s, Object v) {
        if (!(v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger)) {
            throw bad(key, v, "an integer in " + s.allowed());
        }
        BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
        if (b.compareTo(BigInteger.valueOf((long) s.min())) < 0 || b.compareTo(BigInteger.valueOf((long) s.max())) > 0) {
            throw bad(key, v, "an integer in " + s.allowed() + (s.unit().isEmpty() ? "" : " " + s.unit()));
        }
        return b.longValue();
    }

    private static Double number(String key, OptionSpec s, Object v) {
        if (!(v instanceof Number n)) {
            throw bad(key, v, "a number in " + s.allowed());
        }
        double d = n instanceof BigInteger || n instanceof BigDecimal ? new BigDecimal(n.toString()).doubleValue()
                : n.doubleValue();
        if (!Double.isFinite(d) || d < s.min() || d > s.max()) {
            throw bad(key, v, "a finite number in " + s.allowed() + (s.unit().isEmpty() ? "" : " " + s.unit()));
        }
        return d;
    }

    private static BenchConfigException bad(String key, Object v, String expected) {
        String shown = String.valueOf(v);
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new BenchConfigException(key + " must be " + expected + ", got '" + shown + "'");
    }
}
