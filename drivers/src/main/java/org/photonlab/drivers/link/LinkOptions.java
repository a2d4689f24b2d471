package org.photonlab.drivers.link;

import org.photonlab.drivers.DriverOptions;
import org.photonlab.drivers.lease.LockTarget;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionValues;

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
        OptionValues o = DriverOptions.tcp(defaultPort).readKnown(OptionCheck.where(spec), spec.options());
        String host = o.text("host");
        int port = (int) o.integer("port");
        int connectMs = (int) o.integer("connect_timeout_ms");
        return LinkOpener.of(LockTarget.tcp(host, port), () -> new TcpLink(host, port, connectMs));
    }

    /** A serial opener with the library the bench file chooses. */
    public static LinkOpener serial(DeviceSpec spec) {
        OptionValues o = DriverOptions.SERIAL.readKnown(OptionCheck.where(spec), spec.options());
        String path = o.text("path", null);
        if (path == null || path.isBlank()) {
            throw new BenchConfigException("device '" + spec.name() + "': options.path is required for a serial "
                    + "backend (e.g. /dev/ttyUSB0 or a /dev/serial/by-id/... link)");
        }
        int baud = (int) o.integer("baud");
        return switch (o.text("serial_library")) {
            case "jssc" -> LinkOpener.of(LockTarget.serial(path), () -> new JsscLink(path, baud));
            default -> LinkOpener.of(LockTarget.serial(path), () -> new JSerialCommLink(path, baud));
        };
    }
}
