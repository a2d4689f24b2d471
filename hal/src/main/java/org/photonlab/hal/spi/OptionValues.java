package org.photonlab.hal.spi;

import java.util.List;
import java.util.Map;
import org.photonlab.hal.BenchConfigException;

/**
 * Checked option values of one device (or of {@code physics:}), as {@link OptionSet#read} returns them: every value
 * has its declared type and range, and absent keys carry their default. Asking for a key the set does not declare is
 * a programming error. Immutable and thread-safe.
 */
public final class OptionValues {
    private final String where;
    private final Map<String, OptionSpec> specs;
    private final Map<String, Object> values;

    OptionValues(String where, Map<String, OptionSpec> specs, Map<String, Object> values) {
        this.where = where;
        this.specs = specs;
        this.values = values;
    }

    /** Whether the key has a value (given, or a default). */
    public boolean has(String key) {
        spec(key);
        return values.containsKey(key);
    }

    /** Every key that has a value, with its checked value (given or default). */
    public Map<String, Object> asMap() {
        return values;
    }

    public long integer(String key) {
        return (Long) require(key, OptionType.INTEGER);
    }

    public long integer(String key, long fallback) {
        return has(key) ? integer(key) : fallback;
    }

    public double number(String key) {
        return (Double) require(key, OptionType.NUMBER);
    }

    public double number(String key, double fallback) {
        return has(key) ? number(key) : fallback;
    }

    public boolean bool(String key) {
        return (Boolean) require(key, OptionType.BOOLEAN);
    }

    public String text(String key) {
        return (String) require(key, OptionType.TEXT);
    }

    /** The text, or {@code fallback} (may be null) when the key has no value. */
    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) require(key, OptionType.LIST);
    }

    /** The value of a key that has no default and that this backend needs; one line naming the key otherwise. */
    private Object require(String key, OptionType type) {
        OptionSpec s = spec(key);
        if (s.type() != type) {
            throw new IllegalStateException("option " + key + " is a " + s.type().word() + ", not a " + type.word());
        }
        Object v = values.get(key);
        if (v == null) {
            throw new BenchConfigException(where + "." + key + " is required here (" + s.description() + ")");
        }
        return v;
    }

    private OptionSpec spec(String key) {
        OptionSpec s = specs.get(key);
        if (s == null) {
            throw new IllegalStateException("option '" + key + "' is not declared in " + where);
        }
        return s;
    }
}
