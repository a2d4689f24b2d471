package org.photonlab.simulator.opu.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photonlab.drivers.slmsuite.SlmsuiteClient;
import org.photonlab.protocols.slmsuite.NdArray;
import org.photonlab.protocols.slmsuite.QuotePlus;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;

/** The simulated projector server on an ephemeral loopback port, driven the way slmsuite's clients drive it. */
class SlmsuiteServerIT {
    private static final long SEED = 3L;
    private SlmsuiteServer server;
    private SlmsuiteClient client;

    @BeforeEach
    void start() {
        server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withSeed(SEED));
        client = new SlmsuiteClient("127.0.0.1", server.port(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Object ok(String name, String command, Map<String, Object> kwargs) {
        SlmsuiteReply r = client.call(name, command, kwargs);
        assertTrue(r.success(), name + "." + command + " refused: " + r.result());
        return r.result();
    }

    private static NdArray pattern(long seed) {
        byte[] p = new byte[40 * 48];
        Random rnd = new Random(seed);
        for (int i = 0; i < p.length; i++) {
            p[i] = (byte) (rnd.nextBoolean() ? 255 : 0);
        }
        return NdArray.uint8(new int[] {40, 48}, p);
    }

    @Test
    void sessionOfTheRecordedClientIsServed() {
        Map<String, Object> kinds = Map.of("remote_slm", "slm", "remote_camera", "camera");
        assertEquals(kinds, ok(null, "ping", Map.of()));
        assertEquals(kinds, ok("remote_slm", "ping", Map.of()));
        Map<?, ?> slm = (Map<?, ?>) ok("remote_slm", "pickle", Map.of("attributes", false, "metadata", true));
        assertEquals("0.4.1", slm.get("__version__"));
        Map<?, ?> meta = (Map<?, ?>) slm.get("__meta__");
        assertEquals(List.of(40L, 48L), meta.get("shape"));
        assertEquals(8L, meta.get("bitdepth"));
        assertInstanceOf(NdArray.class, meta.get("pitch_um"));
        for (String key : List.of("name", "bitresolution", "wav_um", "wav_design_um", "settle_time_s")) {
            assertTrue(meta.containsKey(key), key);
        }
        Map<?, ?> cam = (Map<?, ?>) ((Map<?, ?>) ok("remote_camera", "pickle",
                Map.of("attributes", false, "metadata", true))).get("__meta__");
        for (String key : List.of("name", "shape", "bitdepth", "bitresolution", "pitch_um", "exposure_s",
                "exposure_bounds_s", "averaging", "hdr", "woi", "default_shape")) {
            assertTrue(cam.containsKey(key), key);
        }
        assertNull(ok("remote_slm", "_set_phase_hw", Map.of("display", pattern(SEED))));
        NdArray img = (NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 2L));
        assertArrayEquals(new int[] {32, 48}, img.shape());
        assertNull(ok("remote_camera", "_set_exposure_hw", Map.of("exposure_s", 0.0008)));
        assertEquals(0.0008, ok("remote_camera", "_get_exposure_hw", Map.of()));
        NdArray burst = (NdArray) ok("remote_camera", "_get_images_hw", Map.of("image_count", 3L, "timeout_s", 1.5));
        assertArrayEquals(new int[] {3, 32, 48}, burst.shape());
        assertNull(ok("remote_camera", "flush", Map.of("timeout_s", 1L)));
        assertNull(ok("remote_slm", "_set_phase_hw", Map.of("phase", pattern(SEED))), "newer clients say 'phase'");
    }

    @Test
    void refusalsAreTheOnesSlmsuiteSends() {
        assertEquals(SlmsuiteReply.refused("remote_slm.close not present."),
                client.call("remote_slm", "close", Map.of()));
        assertEquals(SlmsuiteReply.refused("Did not recognize hardware 'nosuch'. Options: ['remote_slm', "
                + "'remote_camera']."), client.call("nosuch", "ping2", Map.of()));
        assertEquals(SlmsuiteReply.refused("remote_slm._get_image_hw not present."),
                client.call("remote_slm", "_get_image_hw", Map.of("timeout_s", 1L)));
        assertEquals(SlmsuiteReply.refused("Did not recognize hardware 'None'. Options: ['remote_slm', "
                + "'remote_camera']."), client.call(null, "pickle", Map.of()));
        assertEquals(SlmsuiteReply.refused("No command provided."), client.call("remote_slm", null, Map.of()));
        SlmsuiteReply wrongShape = client.call("remote_slm", "_set_phase_hw",
                Map.of("display", NdArray.uint8(new int[] {2, 2}, new byte[4])));
        assertFalse(wrongShape.success());
        assertTrue(wrongShape.result().toString().contains("does not match the SLM shape"), wrongShape.toString());
        SlmsuiteReply unexpected = client.call("remote_camera", "_get_image_hw", Map.of("timeout", 1L));
        assertEquals("TypeError: _get_image_hw() got an unexpected keyword argument 'timeout'", unexpected.result());
        SlmsuiteReply missing = client.call("remote_slm", "_set_phase_hw", Map.of());
        assertEquals("TypeError: _set_phase_hw() missing 1 required positional argument: 'display'",
                missing.result());
        SlmsuiteReply garbage = client.send("%7Bnot+json\n");
        assertFalse(garbage.success());
        assertTrue(client.call(null, "ping", Map.of()).success(), "the server survives bad requests");
    }

    @Test
    void displayedPatternDrivesTheImage() {
        server.close();
        server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withSeed(SEED).withNoise(false));
        client = new SlmsuiteClient("127.0.0.1", server.port(), Duration.ofSeconds(5));
        ok("remote_slm", "_set_phase_hw", Map.of("display", pattern(1)));
        byte[] a = ((NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 1L))).bytes();
        byte[] a2 = ((NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 1L))).bytes();
        assertArrayEquals(a, a2, "same pattern, no noise: same image");
        ok("remote_slm", "_set_phase_hw", Map.of("display", pattern(2)));
        byte[] b = ((NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 1L))).bytes();
        assertFalse(java.util.Arrays.equals(a, b), "another pattern, another speckle");
        ok("remote_slm", "_set_phase_hw", Map.of("display", NdArray.uint8(new int[] {40, 48}, new byte[40 * 48])));
        byte[] dark = ((NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 1L))).bytes();
        assertArrayEquals(new byte[dark.length], dark, "all mirrors off: a dark frame");
        ok("remote_slm", "_set_phase_hw", Map.of("display", pattern(1)));
        ok("remote_camera", "_set_exposure_hw", Map.of("exposure_s", 0.0016));
        byte[] bright = ((NdArray) ok("remote_camera", "_get_image_hw", Map.of("timeout_s", 1L))).bytes();
        assertTrue(mean(bright) > 3 * mean(a), "4× exposure: brighter image " + mean(bright) + " vs " + mean(a));
    }

    private static double mean(byte[] b) {
        double s = 0;
        for (byte v : b) {
            s += v & 0xFF;
        }
        return s / b.length;
    }

    @Test
    void noisyBurstsDifferFrameToFrame() {
        ok("remote_slm", "_set_phase_hw", Map.of("display", pattern(1)));
        NdArray burst = (NdArray) ok("remote_camera", "_get_images_hw", Map.of("image_count", 2L, "timeout_s", 1L));
        byte[] all = burst.bytes();
        int m = 32 * 48;
        assertNotEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(all, m)),
                java.util.Arrays.toString(java.util.Arrays.copyOfRange(all, m, 2 * m)));
    }

    @Test
    void clientOutsideTheAllowlistIsRefusedUnread() throws Exception {
        server.close();
        server = SlmsuiteServer.start(ServerOptions.defaults().withPort(0).withAllowlist(Set.of("10.1.2.3")));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((QuotePlus.quote("{\"name\": null, \"command\": \"ping\", \"args\": [], \"kwargs\": {}}") + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            String reply = QuotePlus.unquote(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            assertTrue(reply.startsWith("[false, \"Client ('127.0.0.1', ") && reply.endsWith(
                    ") not in allowlist.\"]\n"), reply);
        }
        assertTrue(server.endpointLine().contains("allowlist"), server.endpointLine());
    }
}
