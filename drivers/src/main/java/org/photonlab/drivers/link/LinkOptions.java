package org.photonlab.drivers.link;

import java.util.Locale;
import org.photonlab.drivers.lease.LockTarget;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;

/**
 * Builds a {@link LinkOpener} from a device's bench options.
 *
 * <ul>
 *   <li>TCP: {@code host} (default 127.0.0.1), {@code port} (required unless the protocol has a default, SCPI's
 *       5025), {@code connect_timeout_ms} (1000).</li>
 *   <li>Serial: {@code path} (required; symlinks and {@code /dev/pts/N} work), {@code baud} (115200),
 *       {@code serial_library}: {@code jserialcomm} (default) or {@code jssc}.</li>
 * </ul>
 */
public final class LinkOptions {
    private LinkOptions() {
    }

    /** A TCP opener; {@code defaultPort} ≤ 0 means the bench file must give the port. */
    public static LinkOpener tcp(DeviceSpec spec, int defaultPort) {
        String host = spec.option("host", "127.0.0.1");
        int port = integer(spec, "port", defaultPort);
        if (port <= 0 || port > 65535) {
            throw new BenchConfigException("device '" + spec.name() + "': options.port must be 1..65535"
                    + (defaultPort > 0 ? "" : " (this backend has no default port)") + ", got " + port);
        }
        int connectMs = integer(spec, "connect_timeout_ms", 1000);
        return LinkOpener.of(LockTarget.tcp(host, port), () -> new TcpLink(host, port, connectMs));
    }

    /** A serial opener with the library the bench file chooses. */
    public static LinkOpener serial(DeviceSpec spec) {
        String path = spec.option("path", null);
        if (path == null || path.isBlank()) {
            throw new BenchConfigException("device '" + spec.name() + "': options.path is required for a serial "
                    + "backend (e.g. /dev/ttyUSB0 or a /dev/serial/by-id/... link)");
        }
        int baud = integer(spec, "baud", 115200);
        String lib = spec.option("serial_library", "jserialcomm").toLowerCase(Locale.ROOT);
        return switch (lib) {
            case "jserialcomm" -> LinkOpener.of(LockTarget.serial(path), () -> new JSerialCommLink(path, baud));
            case "jssc" -> LinkOpener.of(LockTarget.serial(path), () -> new JsscLink(path, baud));
            default -> throw new BenchConfigException("device '" + spec.name()
                    + "': options.serial_library must be 'jserialcomm' or 'jssc', got '" + lib + "'");
        };
    }

    private static int integer(DeviceSpec spec, String key, int fallback) {
        Object v = spec.options().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new BenchConfigException("device '" + spec.name() + "': options." + key
                    + " must be an integer, got '" + v + "'");
        }
    }
}
