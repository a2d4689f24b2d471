package org.photonlab.protocols.slmsuite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;

/** Reference strings were produced by CPython 3.11's json, zlib, base64 and urllib.parse with numpy 2.x. */
class SlmsuiteCodecTest {

    static List<String> sessionLines(char prefix) throws IOException {
        try (InputStream in = SlmsuiteCodecTest.class.getResourceAsStream("/wire/slmsuite/session.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(prefix + " ")) {
                    out.add(line.substring(2));
                }
            }
            return out;
        }
    }

    @Test
    void quotePlusMatchesPython() {
        String json = "{\"name\": null, \"command\": \"ping\", \"args\": [], \"kwargs\": {}}";
        String py = "%7B%22name%22%3A+null%2C+%22command%22%3A+%22ping%22%2C+%22args%22%3A+%5B%5D%2C+%22kwargs%22%3A"
                + "+%7B%7D%7D";
        assertEquals(py, QuotePlus.quote(json));
        assertEquals(json, QuotePlus.unquote(py));
        assertEquals("a b~é", QuotePlus.unquote(QuotePlus.quote("a b~é")));
        assertEquals("100%", QuotePlus.unquote("100%"), "a lone % stays, as in Python");
        assertFalse(QuotePlus.quote("line\nfeed").contains("\n"));
    }

    @Test
    void replyWithNonFiniteNumbersAndEscapesMatchesPython() {
        String py = "%5Btrue%2C+%7B%22x%22%3A+NaN%2C+%22y%22%3A+Infinity%2C+%22z%22%3A+-Infinity%2C+%22s%22%3A+%22a+b%2F"
                + "%5Cu00e9~%5Cn%22%2C+%22f%22%3A+%5B0.0001%2C+1e-05%2C+1e%2B16%2C+123456789.125%2C+0.1%2C+-2.5e-300"
                + "%5D%7D%5D\n";
        SlmsuiteReply r = SlmsuiteCodec.decodeReply(py);
        assertTrue(r.success());
        Map<?, ?> m = (Map<?, ?>) r.result();
        assertTrue(Double.isNaN((Double) m.get("x")));
        assertEquals(Double.POSITIVE_INFINITY, m.get("y"));
        assertEquals(Double.NEGATIVE_INFINITY, m.get("z"));
        assertEquals("a b/é~\n", m.get("s"));
        assertEquals(py, SlmsuiteCodec.encodeReply(r), "round trip gives Python's bytes");
    }

    @Test
    void floatsAreWrittenLikePythonRepr() {
        assertEquals("[0.0001, 1e-05, 1e+16, 123456789.125, 0.1, -2.5e-300, 1e+22, 1.5e-07, 1.0, 0.5]",
                Json.write(List.of(0.0001, 1e-05, 1e16, 123456789.125, 0.1, -2.5e-300, 1e22, 1.5e-7, 1.0, 0.5)));
    }

    /** Reference: CPython 3.11 {@code json.dumps} of the same dict (ensure_ascii escapes DEL and astral pairs). */
    @Test
    void escapesSeparatorsAndIntegersAreWrittenLikePythonJsonDumps() {
        String py = "{\"ctl\": \"\\u0000\\u0001\\u001f\\u007f\", \"bs\": \"\\b\\f\\n\\r\\t\\\"\\\\/\", "
                + "\"bmp\": \"\\u00e9\\u20ac\\uffff\", \"astral\": \"\\ud83d\\ude00\", \"empty\": [[], {}, \"\"], "
                + "\"n\": [-0.0, 1e+16, 1e-05, 9223372036854775807, -9223372036854775808]}";
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("ctl", "\u0000\u0001\u001f\u007f");
        v.put("bs", "\b\f\n\r\t\"\\/");
        v.put("bmp", "\u00e9\u20ac\uffff");
        v.put("astral", new String(Character.toChars(0x1F600)));
        v.put("empty", List.of(List.of(), Map.of(), ""));
        v.put("n", List.of(-0.0, 1e16, 1e-5, Long.MAX_VALUE, Long.MIN_VALUE));
        assertEquals(py, Json.write(v));
        assertEquals(v, Json.parse(py));
    }

    /** A camera frame's base64 is longer than jackson-core's default string limit (20 M chars); it must parse. */
    @Test
    void stringsBeyondJacksonsDefaultLimitParse() {
        String big = "A".repeat(21_000_000);
        assertEquals(big, Json.parse("[\"" + big + "\"]") instanceof List<?> l ? l.get(0) : null);
    }

    @Test
    void arraysRoundTripAndDecodePythonOutput() {
        Object u16 = ArrayCodec.decodeTree(Json.parse("{\"__zlib__\": \"eJxjYHjBfIF9B/cC/g7hAvEIaQd5DWUB9R9aAFfmBs0=\","
                + " \"__shape__\": [3, 4], \"__dtype__\": \"uint16\"}"));
        NdArray a = assertInstanceOf(NdArray.class, u16);
        assertArrayEquals(new int[] {3, 4}, a.shape());
        assertEquals(11000.0, a.get(11));
        NdArray pitch = ArrayCodec.decode((Map<?, ?>) Json.parse(
                "{\"__zlib__\": \"eJxjYAABBQcwxaDoAAAEEgDC\", \"__shape__\": [2], \"__dtype__\": \"float64\"}"));
        assertEquals(8.5, pitch.get(1));
        NdArray img = NdArray.uint8(new int[] {2, 3}, new byte[] {0, 1, 2, (byte) 253, (byte) 254, (byte) 255});
        SlmsuiteRequest req = new SlmsuiteRequest("remote_slm", "_set_phase_hw", List.of(), Map.of("display", img));
        SlmsuiteRequest back = SlmsuiteCodec.decodeRequest(SlmsuiteCodec.encodeRequest(req));
        assertEquals(img, back.kwargs().get("display"));
        assertEquals(255.0, ((NdArray) back.kwargs().get("display")).get(5));
        Map<?, ?> fourKeys = (Map<?, ?>) Json.parse(
                "{\"__zlib__\": \"x\", \"__shape__\": [1], \"__dtype__\": \"uint8\", \"other\": 1}");
        assertFalse(ArrayCodec.isArray(fourKeys), "exactly three keys make an array");
    }

    @Test
    void transcriptLinesParseAndReprintIdentically() throws IOException {
        List<String> requests = sessionLines('>');
        assertEquals(14, requests.size());
        for (String line : requests) {
            if (line.contains("<array")) {
                continue;
            }
            assertEquals(line, Json.write(Json.parse(line)), "json.dumps formatting");
            SlmsuiteRequest r = SlmsuiteCodec.decodeRequest(QuotePlus.quote(line) + "\n");
            assertTrue(r.command() != null);
        }
    }

    @Test
    void malformedInputGivesClearErrors() {
        assertThrows(LabException.class, () -> SlmsuiteCodec.decodeRequest(QuotePlus.quote("[1, 2]")));
        LabException e = assertThrows(LabException.class, () -> Json.parse("{\"a\": tru}"));
        assertTrue(e.getMessage().contains("character"), e.getMessage());
        assertThrows(LabException.class, () -> ArrayCodec.decode((Map<?, ?>) Json.parse(
                "{\"__zlib__\": \"eJxjYAABBQcwxaDoAAAEEgDC\", \"__shape__\": [3], \"__dtype__\": \"float64\"}")));
        assertThrows(LabException.class, () -> NdArray.DType.parse("complex128"));
        assertThrows(LabException.class, () -> SlmsuiteCodec.decodeReply(QuotePlus.quote("[\"yes\", 1]")));
    }
}
