package org.photonlab.drivers;

import java.util.List;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;

/**
 * The {@code options:} keys of the driver backends: the conversation timing every driver shares, the keys of each
 * transport and of each instrument protocol. A provider's spec is the union of its protocol's, its transport's and
 * the conversation's keys.
 */
public final class DriverOptions {
    /** Request timing of every driver ({@link org.photonlab.drivers.link.ConversationSettings}). */
    public static final OptionSet CONVERSATION = OptionSet.of(
            OptionSpec.integer("timeout_ms", "ms", 250L, 1, 600_000, "deadline of one request"),
            OptionSpec.integer("quiet_ms", "ms", 50L, 0, 60_000,
                    "silence that ends a drain or an until-quiet reply"),
            OptionSpec.integer("attempts", "", 6L, 1, 100, "tries of one idempotent request before it fails"),
            OptionSpec.integer("reconnect_s", "s", 10L, 0, 3600, "total time spent reconnecting before giving up"),
            OptionSpec.text("identity", null, "identity the device must report; not checked when absent"));

    /** Serial transport keys. */
    public static final OptionSet SERIAL = OptionSet.of(
            OptionSpec.text("path", null, "serial device, e.g. /dev/ttyUSB0 or a /dev/serial/by-id/... link "
                    + "(required)"),
            OptionSpec.integer("baud", "baud", 115_200L, 50, 10_000_000, "line speed"),
            OptionSpec.choice("serial_library", "jserialcomm", List.of("jserialcomm", "jssc"),
                    "serial library that opens the port"));

    /** Qontrol protocol keys. */
    public static final OptionSet QONTROL = OptionSet.of(
            OptionSpec.bool("bipolar", false, "the module outputs negative voltages (needed for min_v < 0)"));

    /** SCPI power-meter protocol keys. */
    public static final OptionSet SCPI = OptionSet.of(
            OptionSpec.number("wavelength_nm", "nm", null, 100, 20_000,
                    "wavelength correction written at open (SENS:CORR:WAV); left as is when absent"),
            OptionSpec.number("averaging", "", null, 1, 1_000_000,
                    "readings averaged per value (SENS:AVER:COUN); left as is when absent"),
            OptionSpec.number("range_w", "W", null, 1e-12, 100, "power range (SENS:POW:RANG); auto when absent"));

    /** Keys of every detector driver. */
    public static final OptionSet DETECTOR = OptionSet.of(
            OptionSpec.bool("deterministic_readout", false,
                    "readings repeat exactly for the same chip state (a noiseless simulator)"));

    private DriverOptions() {
    }

    /** TCP transport keys; {@code defaultPort} ≤ 0 means the bench file must give the port. */
    public static OptionSet tcp(int defaultPort) {
        return OptionSet.of(
                OptionSpec.text("host", "127.0.0.1", "host name or address of the device"),
                OptionSpec.integer("port", "", defaultPort > 0 ? (long) defaultPort : null, 1, 65_535,
                        defaultPort > 0 ? "TCP port" : "TCP port (required)"),
                OptionSpec.integer("connect_timeout_ms", "ms", 1000L, 1, 600_000, "deadline of one connect"));
    }
}
