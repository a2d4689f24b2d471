package org.photonlab.drivers.slmsuite;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.photonlab.hal.LabException;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.OptionValues;

/**
 * Where the remote projector is and how to read it.
 *
 * @param name        device name for run records
 * @param host        server host
 * @param port        server port (PhotonLab's default {@value #DEFAULT_PORT}; slmsuite's own default is 5025)
 * @param slm         hardware name of the SLM/DMD on the server
 * @param camera      hardware name of the camera on the server
 * @param timeout     per-request timeout
 * @param modulation  how the input device modulates; null = take the server's {@code modulation} metadata, or a
 *                    phase SLM when the server does not say (a stock slmsuite SLM)
 * @param minRoiRows  the camera region read has at least this many rows
 */
public record SlmsuiteOptions(String name, String host, int port, String slm, String camera, Duration timeout,
                              Modulation modulation, int minRoiRows) {
    /** Default port of PhotonLab's projector server (5025, slmsuite's default, is our SCPI meter's). */
    public static final int DEFAULT_PORT = 5150;

    public SlmsuiteOptions {
        if (host == null || host.isBlank() || slm == null || camera == null) {
            throw new LabException("slmsuite projector: host, slm and camera names must be given");
        }
        if (minRoiRows < 1) {
            throw new LabException("slmsuite projector: min_roi_rows must be ≥ 1, got " + minRoiRows);
        }
    }

    public static SlmsuiteOptions defaults(String host, int port) {
        return new SlmsuiteOptions("slmsuite-projector", host, port, "remote_slm", "remote_camera",
                Duration.ofSeconds(5), null, 1);
    }

    /**
     * From bench-file options: {@code host} (default 127.0.0.1), {@code port}, {@code slm}, {@code camera},
     * {@code timeout_s}, {@code modulation} (dmd | phase), {@code min_roi_rows}.
     */
    public static SlmsuiteOptions fromMap(String name, Map<String, Object> options) {
        OptionValues o = SPEC.read("devices." + name + ".options (backend slmsuite)", options);
        Modulation m = o.has("modulation") ? modulation(o.text("modulation")) : null;
        return new SlmsuiteOptions(name, o.text("host"), (int) o.integer("port"), o.text("slm"), o.text("camera"),
                Duration.ofMillis(Math.round(o.number("timeout_s") * 1000)), m, (int) o.integer("min_roi_rows"));
    }

    /** The {@code options:} keys of an slmsuite projector. */
    public static final OptionSet SPEC = OptionSet.of(
            OptionSpec.text("host", "127.0.0.1", "host of the slmsuite server"),
            OptionSpec.integer("port", "", (long) DEFAULT_PORT, 1, 65_535, "TCP port of the slmsuite server"),
            OptionSpec.text("slm", "remote_slm", "hardware name of the SLM/DMD on the server"),
            OptionSpec.text("camera", "remote_camera", "hardware name of the camera on the server"),
            OptionSpec.number("timeout_s", "s", 5.0, 0.001, 3600, "per-request timeout"),
            OptionSpec.choice("modulation", null, List.of("dmd", "dmd_binary", "binary", "phase", "slm", "slm_phase"),
                    "how the input device modulates; the server's metadata (or a phase SLM) when absent"),
            OptionSpec.integer("min_roi_rows", "", 1L, 1, 100_000, "the camera region read has at least this many "
                    + "rows"));

    static Modulation modulation(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "dmd", "dmd_binary", "binary" -> Modulation.DMD_BINARY;
            case "phase", "slm", "slm_phase" -> Modulation.SLM_PHASE;
            default -> throw new LabException("modulation must be 'dmd' or 'phase', got '" + s + "'");
        };
    }
}
