package org.photonlab.drivers.link;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;

/**
 * Random bytes into a driver's conversation: a device that only talks garbage makes the driver fail with a transport
 * error in bounded time, never hang. (The parsers themselves are fuzzed in the protocols module.)
 */
class GarbageDeviceTest {
    private static final long SEED = 4242;

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
