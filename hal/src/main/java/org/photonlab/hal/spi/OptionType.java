package org.photonlab.hal.spi;

/** The value type of one bench option; see {@link OptionSpec}. */
public enum OptionType {
    /** A whole number (YAML integer), checked against the option's range. */
    INTEGER,
    /** A finite number (YAML integer or float), checked against the option's range. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A text value; when the option lists choices, one of them. */
    TEXT,
    /** A YAML list of texts, or one comma-separated text. */
    LIST;

    /** The word used in messages and in {@code bench options}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
