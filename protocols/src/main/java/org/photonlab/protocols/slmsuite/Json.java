package org.photonlab.protocols.slmsuite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.LabException;

/**
 * The JSON that Python's {@code json} module reads and writes, as plain Java values: {@code null}, {@link Boolean},
 * {@link Long} (integers; integers beyond 64 bits become {@link Double}), {@link Double} (including {@code NaN},
 * {@code Infinity}, {@code -Infinity}, which Python emits and accepts), {@link String}, {@link List} and
 * insertion-ordered {@link Map}. {@link NdArray} values are written through {@link ArrayCodec}.
 *
 * <p>Both directions run on jackson-core's streaming API. Reading enables
 * {@link JsonReadFeature#ALLOW_NON_NUMERIC_NUMBERS} (Jackson then also takes {@code +Infinity} and {@code ±INF},
 * which Python does not send). Writing reproduces {@code json.dumps} with its defaults byte for byte, which the
 * slmsuite transcript and session tests check: separators {@code ", "} and {@code ": "} through a
 * {@link DefaultPrettyPrinter} without indentation, {@code ensure_ascii} through an escape limit of {@code 0x7E}
 * (Python escapes DEL too) with lower-case hex, and floats through {@link #pyFloat}, written as raw number text,
 * because Jackson's own double output is Java's {@code Double.toString} ({@code 1.0E-5}, not Python's
 * {@code 1e-05}).
 *
 * <p>Stateless; safe for concurrent use.
 */
public final class Json {
    /**
     * Longest string accepted, in chars: a 512 MiB message bound, so that the base64 of the largest array
     * {@link ArrayCodec} accepts (256 MiB decompressed) still parses; Jackson's default (20 M chars) would refuse a
     * large camera frame.
     */
    public static final int MAX_STRING_CHARS = 512 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build())
            .build();

    /** Python's {@code ensure_ascii}: everything outside {@code ' '..'~'} is escaped. */
    private static final int HIGHEST_UNESCAPED = 0x7E;

    private static final Separators PYTHON_SEPARATORS = Separators.createDefaultInstance()
            .withRootSeparator("")
            .withObjectFieldValueSeparator(':').withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySeparator(',').withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayValueSeparator(',').withArrayValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator("");

    private Json() {
    }

    /** Parses one JSON value; throws {@link LabException} naming the character position of the first error. */
    public static Object parse(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw error(p.currentLocation(), "unexpected end");
            }
            Object v = value(p, first);
            if (p.nextToken() != null) {
                throw error(p.currentTokenLocation(), "trailing characters");
            }
            return v;
        } catch (JsonProcessingException e) {
            throw error(e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getDoubleValue()
                    : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw error(p.currentTokenLocation(), "unexpected " + t);
        };
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            m.put(key, value(p, p.nextToken()));
        }
        return m;
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> l = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            l.add(value(p, t));
        }
        return l;
    }

    private static LabException error(JsonLocation at, String what) {
        long ch = at == null ? -1 : at.getCharOffset();
        return new LabException("invalid JSON at character " + ch + ": " + what);
    }

    /** Serialises a value tree (see the class comment for the accepted types) exactly as {@code json.dumps}. */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setHighestNonEscapedChar(HIGHEST_UNESCAPED);
            g.setPrettyPrinter(new DefaultPrettyPrinter(PYTHON_SEPARATORS)
                    .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                    .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));
            write(value, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(pyFloat(((Number) v).doubleValue()));
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (v instanceof String str) {
            g.writeString(str);
        } else if (v instanceof NdArray a) {
            write(ArrayCodec.encode(a), g);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                write(o, g);
            }
            g.writeEndArray();
        } else if (v instanceof int[] ints) {
            g.writeStartArray();
            for (int x : ints) {
                g.writeNumber((long) x);
            }
            g.writeEndArray();
        } else {
            throw new LabException("cannot write " + v.getClass().getSimpleName() + " as JSON");
        }
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
    static String pyFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exp = bd.precision() - bd.scale() - 1;
        if (exp >= -4 && exp < 16) {
            String plain = bd.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String digits = bd.unscaledValue().abs().toString();
        StringBuilder out = new StringBuilder();
        if (d < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            out.append('0');
        }
        return out.append(a).toString();
    }
}
