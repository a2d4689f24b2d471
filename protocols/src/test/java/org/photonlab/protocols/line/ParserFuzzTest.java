package org.photonlab.protocols.line;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.protocols.qontrol.QontrolCommand;
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.protocols.scpi.ScpiChannelList;
import org.photonlab.protocols.scpi.ScpiFormat;
import org.photonlab.protocols.scpi.ScpiMessage;

/**
 * Random and malformed bytes into the framer and the protocol parsers: only {@link ProtocolException} (a value the
 * drivers' retry logic handles) may come out of a parser.
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
}
