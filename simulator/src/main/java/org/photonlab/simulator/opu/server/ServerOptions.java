package org.photonlab.simulator.opu.server;

import java.util.Set;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.Modulation;

/**
 * How the projector server listens and what it simulates.
 *
 * @param bind         address to bind; loopback by default because the protocol has no authentication
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
 * @param exposureS    initial camera exposure, s
 */
public record ServerOptions(String bind, int port, Set<String> allowlist, String slmName, String cameraName,
                            int slmHeight, int slmWidth, int cameraHeight, int cameraWidth, Modulation modulation,
                            long seed, boolean noise, double exposureS) {
    public static final int DEFAULT_PORT = 5150;

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
        if (!(exposureS > 0)) {
            throw new LabException("exposure must be > 0 s, got " + exposureS);
        }
    }

    /** Loopback, port 5150, a 40 × 48 DMD and a 32 × 48 camera, noise on, 400 µs exposure. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, Set.of(), "remote_slm", "remote_camera", 40, 48, 32, 48,
                Modulation.DMD_BINARY, 0, true, 400e-6);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(bind, p, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS);
    }

    public ServerOptions withBind(String address) {
        return new ServerOptions(address, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS);
    }

    public ServerOptions withAllowlist(Set<String> addresses) {
        return new ServerOptions(bind, port, addresses, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, noise, exposureS);
    }

    public ServerOptions withShapes(int slmH, int slmW, int camH, int camW) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmH, slmW, camH, camW, modulation,
                seed, noise, exposureS);
    }

    public ServerOptions withModulation(Modulation m) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, m, seed, noise, exposureS);
    }

    public ServerOptions withNoise(boolean on) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, seed, on, exposureS);
    }

    public ServerOptions withSeed(long s) {
        return new ServerOptions(bind, port, allowlist, slmName, cameraName, slmHeight, slmWidth, cameraHeight,
                cameraWidth, modulation, s, noise, exposureS);
    }
}
