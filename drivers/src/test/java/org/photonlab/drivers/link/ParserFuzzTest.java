package org.photonlab.drivers.link;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.qontrol.QontrolCommand;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.drivers.qontrol.QontrolFormat;
import org.photonlab.drivers.scpi.ScpiChannelList;
import org.photonlab.drivers.scpi.ScpiFormat;
import org.photonlab.drivers.scpi.ScpiMessage;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;

/**
 * Random and malformed bytes into the drivers' parsers and into a driver's conversation: only
 * {@link ProtocolException} (a value the retry logic handles) may come out of a parser, and a device that only
 * talks garbage makes the driver fail with a transport error in bounded time, never hang.
 */
class ParserFuzzTest {
    private static final long SEED = 4242;

    @Test
    void parsersOnlyEverThrowProtocolException() {
        Random r = new Random(SEED);
        LineFramer framer = new LineFramer();
        String alphabet = "0123456789.,:;?=@()Ee+-VOK \r\n";
        for (int i = 0; i < 20000; i++) {
            byte[] b = new byte[r.nextInt(40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = r.nextInt(3) == 0 ? (byte) alphabet.charAt(r.nextInt(alphabet.length()))
                        : (byte) r.nextInt(256);
            }
            for (String line : framer.feed(b, 0, b.length).lines()) {
                QontrolCommand.parse(line);
                ScpiMessage.parse(line);
                ScpiChannelList.parse(line);
                QontrolFormat.errorCode(line);
                for (Runnable p : List.<Runnable>of(() -> QontrolFormat.parseNumber(line),
                        () -> ScpiFormat.parse(line), () -> QontrolFormat.parseChainLine(line),
                        () -> QontrolFormat.parseWithUnit(line, "V"))) {
                    try {
                        p.run();
                    } catch (ProtocolException e) {
                        // the expected outcome for garbage
                    }
                }
            }
        }
    }

    @Test
    void aDeviceThatOnlyTalksGarbageFailsTheOpenInBoundedTime() {
        Random r = new Random(SEED);
        Link garbage = new Link() {
            private LinkListener l;

            @Override
            public void open(LinkListener listener) {
                l = listener;
            }

            @Override
            public void write(String line) {
                byte[] b = new byte[1 + r.nextInt(30)];
                r.nextBytes(b);
                b[b.length - 1] = '\n';
                String s = new String(b, StandardCharsets.ISO_8859_1);
                new Thread(() -> l.onLines(List.of(s.substring(0, s.length() - 1)), 0)).start();
            }

            @Override
            public String describe() {
                return "garbage";
            }

            @Override
            public void close() {
            }
        };
        DeviceSpec spec = DeviceSpec.dac("psd", "qontrol-tcp", 8, new ChannelLimits(0, 12, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY), new DacResolution(16, 12, DacResolution.Transfer.VOLTAGE), Map.of());
        ConversationSettings fast = new ConversationSettings(Duration.ofMillis(30), Duration.ofMillis(10), 2,
                Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(400));
        QontrolDac dac = new QontrolDac(spec, () -> garbage, fast);
        assertThrows(DeviceIoException.class, dac::open);
        dac.close();
    }
}
