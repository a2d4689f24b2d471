package org.photonlab.protocols.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.protocols.qontrol.QontrolCommand;
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.protocols.scpi.ScpiChannelList;
import org.photonlab.protocols.scpi.ScpiFormat;
import org.photonlab.protocols.scpi.ScpiMessage;
import org.photonlab.protocols.scpi.ScpiMnemonic;

/** Framing and number formats: exact round trips, the vendor's format rules, SCPI forms and lists. */
class FormatsTest {
    private static final long SEED = 20261125L;

    @Test
    void numbersCrossTheWireExactlyInBothFormats() {
        Random r = new Random(SEED);
        for (int i = 0; i < 20000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble() * 12;
                case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15);
                case 2 -> Math.rint(r.nextDouble() * 65535) * 12.0 / 65535;
                default -> 6.165971131946695 * Math.sqrt(r.nextInt(256) / 255.0);
            };
            String q = QontrolFormat.number(v);
            assertFalse(q.contains("E") || q.contains("e"), "seed " + SEED + ": exponent in " + q);
            assertEquals(v, QontrolFormat.parseNumber(q), "seed " + SEED + ": " + q);
            assertEquals(v, ScpiFormat.parse(ScpiFormat.nr3(v)), "seed " + SEED + ": " + ScpiFormat.nr3(v));
        }
        assertEquals("4.500", QontrolFormat.number(4.5));
        assertEquals("0.000", QontrolFormat.number(0.0));
        assertEquals("1.000904E-03", ScpiFormat.nr3(1.000904E-03));
        assertEquals("-2.500000E+00", ScpiFormat.nr3(-2.5));
        assertEquals("12.000 V", QontrolFormat.withUnit(12, "V"));
        assertEquals("E01:03", QontrolFormat.error(1, 3));
    }

    @Test
    void qontrolCommandsParseInEitherCase() {
        assertEquals(new QontrolCommand("V", 3, false, "4.5"), QontrolCommand.parse("v3=4.5"));
        assertEquals(new QontrolCommand("VALL", -1, true, ""), QontrolCommand.parse("Vall?"));
        assertEquals(new QontrolCommand("VVEC", 8, false, "1.0,2.0"), QontrolCommand.parse("VVEC8=1.0,2.0"));
        assertEquals(new QontrolCommand("NUPALL", -1, true, ""), QontrolCommand.parse("nupall?"));
        assertNull(QontrolCommand.parse("help"));
        assertNull(QontrolCommand.parse("V3?x"));
        assertTrue(QontrolFormat.ERROR.matcher("E90:00").matches());
    }

    @Test
    void scpiShortAndLongFormsOptionalNodesJoinsAndLists() {
        ScpiMnemonic err = new ScpiMnemonic("SYSTem:ERRor[:NEXT]");
        assertTrue(err.matches("SYST:ERR") && err.matches("SYSTem:ERRor") && err.matches("syst:error:next")
                && err.matches(":SYST:ERR"));
        assertFalse(err.matches("SYSTE:ERR") || err.matches("SYST") || err.matches("SYST:ERR:NEXT:X"));
        ScpiMnemonic wav = new ScpiMnemonic("[SENSe]:CORRection:WAVelength");
        assertTrue(wav.matches("SENS:CORR:WAV") && wav.matches("CORR:WAV") && wav.matches("sense:correction:wav"));
        List<ScpiMessage> m = ScpiMessage.parse("*CLS;MEAS:POW? (@1:4); SYST:ERR?");
        assertEquals(List.of(new ScpiMessage("*CLS", false, ""), new ScpiMessage("MEAS:POW", true, "(@1:4)"),
                new ScpiMessage("SYST:ERR", true, "")), m);
        assertEquals("(@1:3,5,7:8)", ScpiChannelList.format(new int[] {0, 1, 2, 4, 6, 7}));
        assertEquals(List.of(1, 2, 3, 5, 7, 8), ScpiChannelList.parse("(@1:3,5,7:8)"));
        assertEquals(List.of(4, 3), ScpiChannelList.parse("(@4:3)"));
        assertNull(ScpiChannelList.parse("(@1:x)"));
    }

    @Test
    void framerAcceptsLfAndCrLfKeepsBadBytesAndBoundsLongLines() {
        LineFramer f = new LineFramer();
        byte[] b = "OK\r\n4.5".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("OK"), f.feed(b, 0, b.length).lines());
        byte[] rest = new byte[] {'0', (byte) 0xFF, '\n'};
        assertEquals(List.of("4.50\u00FF"), f.feed(rest, 0, rest.length).lines());
        byte[] huge = new byte[LineFramer.MAX_LINE + 10];
        java.util.Arrays.fill(huge, (byte) 'x');
        LineFramer.Frames fr = f.feed(huge, 0, huge.length);
        assertEquals(1, fr.overflows());
        byte[] end = "\nid?\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("id?"), f.feed(end, 0, end.length).lines());
    }
}
