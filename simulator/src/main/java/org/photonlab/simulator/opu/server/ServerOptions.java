package org.photonlab.simulator.opu.server;

import java.util.Set;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.simulator.net.Exposure;

/**
 * How the projector server listens and what it simulates.
 *
 * @param bind         address to bind; loopback by default because the protocol has no authentication; another
 *                     address needs an allowlist (see {@link Exposure})
 * @param port         TCP port (0 = any free port); default {@value #DEFAULT_PORT}, not slmsuite's 5025
 * @param allowlist    client IP addresses allowed; empty = every client that can reach the bind address
 * @param slmName      hardware name of the SLM/DMD
 * @param cameraName   hardware name of the camera
 * @param slmHeight    display rows
 * @param slmWidth     display columns
 * @param cameraHeight image rows
 * @param cameraWidth  image columns
 * @param modulation   how the display array is read: DMD (non-zero = mirror on) or phase SLM (level → 2π·level/256)
 * @param seed         transmission-matrix seed (camera noise uses seed + 1)
 * @param noise        shot and read noise on
 * @param exposureS    initial camera exposure, s, in [{@value #MIN_EXPOSURE_S}, {@value #MAX_EXPOSURE_S}]
 * @param idleTimeoutS a connection that sends no byte for this long is closed (with a refusal when it has not
 *                     sent its request), s, in (0, {@value #MAX_IDLE_TIMEOUT_S}]; default
 *                     {@value #DEFAULT_IDLE_TIMEOUT_S}
 */
public record ServerOptions(String bind, int port, Set<String> allowlist, String slmName, String cameraName,
                            int slmHeight, int slmWidth, int cameraHeight, int cameraWidth, Modulation modulation,
                            long seed, boolean noise, double exposureS, double idleTimeoutS) {
    public static final int DEFAULT_PORT = 5150;
    /** The simulated camera's exposure range, s (1 µs to 10 s). */
    public static final double MIN_EXPOSURE_S = 1e-6;
    public static final double MAX_EXPOSURE_S = 10;
    public static final double DEFAULT_IDLE_TIMEOUT_S = 10;
    public static final double MAX_IDLE_TIMEOUT_S = 3600;
    /** Largest array a request or reply may carry, bytes: the guard {@code _get_images_hw} and decoding share. */
    public static final int MAX_ARRAY_BYTES = 64 << 20;

    public ServerOptions {
        allowlist = Set.copyOf(allowlist);
        if (port < 0 || port > 65535) {
            throw new LabException("server port must be in 0..65535, got " + port);
        }
        if (slmHeight < 1 || slmWidth < 1 || cameraHeight < 1 || cameraWidth < 1) {
            throw new LabException("SLM and camera shapes must be at least 1 × 1");
        }
        if (slmName.equals(cameraName)) {
            throw new LabException("SLM and camera need different names, both are '" + slmName + "'");
        }
        if (!(exposureS >= MIN_EXPOSURE_S && exposureS <= MAX_EXPOSURE_S)) {
            throw new LabException("exposure must be in " + MIN_EXPOSURE_S + ".." + MAX_EXPOSURE_S + " s, got "
                    + exposureS);
        }
        if (!(idleTimeoutS > 0 && idleTimeoutS <= MAX_IDLE_TIMEOUT_S)) {
            throw new LabException("idle timeout must be in (0, " + MAX_IDLE_TIMEOUT_S + "] s, got " + idleTimeoutS);
        }
        if ((long) slmHeight * slmWidth > MAX_ARRAY_BYTES || (long) cameraHeight * cameraWidth > MAX_ARRAY_BYTES) {
            throw new LabException("SLM and camera must have at most " + MAX_ARRAY_BYTES + " pixels each");
        }
        new Exposure(bind, allowlist); // checks the address and the allowlist entries
    }

    /** The bind address and allowlist, as every simulator server takes them. */
    public Exposure network() {
        return new Exposure(bind, allowlist);
    }

    /** Largest decompressed array accepted in a request, bytes: the SLM's pixels at 8 bytes each (float64). */
    public long maxRequestArrayBytes() {
        return (long) slmHeight * slmWidth * 8;
    }

    /** Loopback, port 5150, a 40 × 48 DMD and a 32 × 48 camera, noise on, 400 µs exposure. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, Set.of(), "remote_slm", "remote_camera", 40, 48, 32, 48,
                Modulation.DMD_BINARY, 0, true, 400e-6, DEFAULT_IDLE_TIMEOUT_S);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bind, p, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS, idleTimeoutS);
    }

    public ServerOptions withBind(String address) {
        return new ServerOptions(address, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS, idleTimeoutS);
    }

    public ServerOptions withAllowlist(Set<String> addresses) {
        return new ServerOptions(bind, port, addresses, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS, idleTimeoutS);
    }

    public ServerOptions withShapes(int slmH, int slmW, int camH, int camW) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmH, slmW, camH, camW, modulation,
                seed, noise, exposureS, idleTimeoutS);
    }

    public ServerOptions withModulation(Modulation m) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, m, seed, noise, exposureS, idleTimeoutS);
    }

    public ServerOptions withNoise(boolean on) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, on, exposureS, idleTimeoutS);
    }

    public ServerOptions withIdleTimeout(double seconds) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS, seconds);
    }

    public ServerOptions withSeed(long s) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, s, noise, exposureS, idleTimeoutS);
    }
}
