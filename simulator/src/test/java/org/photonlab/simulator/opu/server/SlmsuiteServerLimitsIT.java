package org.photonlab.simulator.opu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.photonlab.protocols.slmsuite.QuotePlus;
import org.photonlab.drivers.slmsuite.SlmsuiteClient;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;
import org.photonlab.hal.LabException;

/**
 * The projector server against hostile requests on loopback: zlib bombs, over-long lines, idle connections,
 * out-of-range numbers, and a non-loopback bind without an allowlist. Each is refused with a protocol error and
 * the server keeps serving.
 */
class SlmsuiteServerLimitsIT {
    /** zlib of {@code n} zero bytes: a few hundred bytes per MiB, as a bomb is. */
    private static String zeros(int n) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] chunk = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int left = n; left > 0; left -= chunk.length) {
            d.setInput(chunk, 0, Math.min(left, chunk.length));
            while (!d.needsInput()) {
                out.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static String display(String zlib, String shape) {
        return QuotePlus.quote("{\"name\": \"remote_slm\", \"command\": \"_set_phase_hw\", \"args\": [], \"kwargs\": "
                + "{\"display\": {\"__zlib__\": \"" + zlib + "\", \"__shape__\": " + shape + ", \"__dtype__\": "
                + "\"uint8\"}}}") + "\n";
    }

    private static SlmsuiteServer start() {
        return SlmsuiteServer.start(ServerOptions.defaults().withPort(0));
    }

    @Test
    void aZlibBombIsRefusedWithoutInflatingIt() {
        try (SlmsuiteServer server = start()) {
            SlmsuiteClient client = new SlmsuiteClient("127.0.0.1", server.port(), Duration.ofSeconds(10));
            // 64 MiB of zeros in ~64 KiB, declared as the 40 × 48 pattern the SLM takes
            SlmsuiteReply bomb = client.send(display(zeros(64 << 20), "[40, 48]"));
            assertFalse(bomb.success());
            assertTrue(bomb.result().toString().contains("holds more than the 1920 bytes"), bomb.toString());
            // a huge declared shape is refused before anything is inflated
            SlmsuiteReply shape = client.send(display(zeros(16), "[100000, 100000]"));
            assertFalse(shape.success());
            assertTrue(shape.result().toString().contains("is more than the 15360 bytes accepted"), shape.toString());
            SlmsuiteReply tooLong = client.send("a".repeat(SlmsuiteServerInitializer.maxMessage(server.options())
                    + 1) + "\n");
            assertFalse(tooLong.success());
            assertTrue(tooLong.result().toString().contains("request too long"), tooLong.toString());
            assertTrue(client.call(null, "ping", Map.of()).success(), "the server survives bombs");
        }
    }

    @Test
    void anIdleConnectionIsRefusedAndClosedAfterTheIdleTimeout() throws Exception {
        try (SlmsuiteServer server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withIdleTimeout(0.3));
             Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            // send nothing: the server must not wait forever
            String reply = QuotePlus.unquote(new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            assertTrue(reply.startsWith("[false, \"ValueError: no complete request within the idle timeout"), reply);
        }
        assertThrows(LabException.class, () -> ServerOptions.defaults().withIdleTimeout(0));
        assertThrows(LabException.class, () -> ServerOptions.defaults().withIdleTimeout(Double.POSITIVE_INFINITY));
    }

    @Test
    void everyNumericParameterIsCheckedAgainstTheDevicesRange() {
        try (SlmsuiteServer server = start()) {
            SlmsuiteClient client = new SlmsuiteClient("127.0.0.1", server.port(), Duration.ofSeconds(10));
            for (Object bad : new Object[] {1e300, 11.0, 1e-7, 0.0, -1.0, Double.NaN}) {
                SlmsuiteReply r = client.call("remote_camera", "_set_exposure_hw", Map.of("exposure_s", bad));
                assertFalse(r.success(), "exposure_s " + bad);
                assertTrue(r.result().toString().contains("camera's range"), r.toString());
            }
            assertEquals(400e-6, client.call("remote_camera", "_get_exposure_hw", Map.of()).result());
            assertTrue(client.call("remote_camera", "_set_exposure_hw", Map.of("exposure_s", 10.0)).success());
            for (Object bad : new Object[] {1e300, -1.0}) {
                assertFalse(client.call("remote_camera", "_get_image_hw", Map.of("timeout_s", bad)).success());
                assertFalse(client.call("remote_camera", "flush", Map.of("timeout_s", bad)).success());
            }
            SlmsuiteReply burst = client.call("remote_camera", "_get_images_hw", Map.of("image_count", 10_001L,
                    "timeout_s", 1L));
            assertFalse(burst.success());
            assertTrue(burst.result().toString().contains("1..10000"), burst.toString());
        }
    }

    @Test
    void everyInterfaceWithoutAnAllowlistIsRefused() {
        LabException e = assertThrows(LabException.class,
                () -> SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withBind("0.0.0.0")));
        assertTrue(e.getMessage().contains("--allow"), e.getMessage());
    }
}
