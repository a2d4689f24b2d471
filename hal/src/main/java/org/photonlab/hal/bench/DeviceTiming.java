package org.photonlab.hal.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.OptionValues;

/**
 * What one device costs in bench time, from its {@code timing:} block in the bench file (every key optional; the
 * defaults are those of real hardware, with sources in {@code docs/bench-time.md}). The bench-time model charges:
 *
 * <ul>
 *   <li><b>link</b>, per command/reply exchange: on a serial line {@code bytes × bits_per_byte / baud} plus the
 *       device's {@code processing_ms}; over TCP {@code round_trip_ms} plus {@code processing_ms};</li>
 *   <li><b>settle</b>, per DAC write: {@code update_us}, and for what the output drives (a heater's or modulator's
 *       thermal response, a first-order lag with time constant {@code settle_tau_us}) the time to come within one
 *       LSB of the converter: {@code τ·ln(2^bits)} (16 bits for an analog converter);</li>
 *   <li><b>acquisition</b>, per detector read: {@code integration_ms × averages}.</li>
 * </ul>
 *
 * A projector's cost is its own frame-time model (its {@code options:}); its {@code timing:} takes only the link keys.
 * Immutable.
 *
 * @param link         how commands reach the device
 * @param baud         serial line rate, bit/s (serial only)
 * @param bitsPerByte  bits on the line per byte: 8N1 is 10 (start + 8 data + stop)
 * @param processingS  the device's processing time per command, s
 * @param roundTripS   network round trip per exchange, s (TCP only)
 * @param updateS      DAC update (conversion and output) per write, s
 * @param settleTauS   thermal time constant of what a DAC drives, s (0: no settle)
 * @param integrationS detector integration time per sample, s
 * @param averages     detector samples averaged per reading (≥ 1)
 */
public record DeviceTiming(Link link, long baud, int bitsPerByte, double processingS, double roundTripS,
                           double updateS, double settleTauS, double integrationS, int averages) {
    /** How commands reach a device. */
    public enum Link {
        /** A serial line: cost from the bytes and the baud rate. */
        SERIAL,
        /** A TCP connection: cost from the round trip. */
        TCP,
        /** No link cost (a device in the host). */
        NONE;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Qontrol's USB-serial backplane line rate (115200 baud 8N1). */
    public static final long QONTROL_BAUD = 115_200;
    /** Bits per byte of 8N1 framing. */
    public static final int BITS_8N1 = 10;
    /** Processing per command assumed for a Qontrol module (not published by the vendor), s. */
    public static final double QONTROL_PROCESSING_S = 100e-6;
    /** DAC update per write, s. */
    public static final double DAC_UPDATE_S = 10e-6;
    /** Thermal time constant of a metal-heater silicon phase shifter, s. */
    public static final double HEATER_TAU_S = 10e-6;
    /** A LAN SCPI power meter's round trip (TCP, port 5025), s. */
    public static final double SCPI_ROUND_TRIP_S = 0.5e-3;
    /** Integration per sample of a photodiode power meter, s. */
    public static final double DETECTOR_INTEGRATION_S = 1e-3;
    /** Bits a settle counts when the converter is analog (bits 0). */
    public static final int ANALOG_SETTLE_BITS = 16;

    private static final List<String> LINKS = List.of("serial", "tcp", "none");

    public DeviceTiming {
        if (link == null) {
            throw new BenchConfigException("timing: link must be serial, tcp or none");
        }
        check(baud >= 1, "baud", baud);
        check(bitsPerByte >= 1, "bits_per_byte", bitsPerByte);
        duration(processingS, "processing_ms");
        duration(roundTripS, "round_trip_ms");
        duration(updateS, "update_us");
        duration(settleTauS, "settle_tau_us");
        duration(integrationS, "integration_ms");
        check(averages >= 1, "averages", averages);
    }

    private static void duration(double s, String what) {
        check(Double.isFinite(s) && s >= 0, what, s);
    }

    private static void check(boolean ok, String what, Object v) {
        if (!ok) {
            throw new BenchConfigException("timing: " + what + " out of range: " + v);
        }
    }

    /** The defaults of a device of {@code kind}: a Qontrol-like DAC chain, a LAN SCPI meter, a projector. */
    public static DeviceTiming defaults(DeviceKind kind) {
        return switch (kind) {
            case DAC -> new DeviceTiming(Link.SERIAL, QONTROL_BAUD, BITS_8N1, QONTROL_PROCESSING_S, 0, DAC_UPDATE_S,
                    HEATER_TAU_S, 0, 1);
            case DETECTOR -> new DeviceTiming(Link.TCP, QONTROL_BAUD, BITS_8N1, 0, SCPI_ROUND_TRIP_S, 0, 0,
                    DETECTOR_INTEGRATION_S, 1);
            case PROJECTOR -> new DeviceTiming(Link.NONE, QONTROL_BAUD, BITS_8N1, 0, 0, 0, 0, 0, 1);
        };
    }

    /** No cost at all (devices in tests). */
    public static final DeviceTiming FREE = new DeviceTiming(Link.NONE, QONTROL_BAUD, BITS_8N1, 0, 0, 0, 0, 0, 1);

    /** The keys a {@code timing:} block of a device of {@code kind} accepts, with the kind's defaults. */
    public static OptionSet spec(DeviceKind kind) {
        DeviceTiming d = defaults(kind);
        OptionSet link = OptionSet.of(
                OptionSpec.choice("link", d.link.yamlName(), LINKS, "how commands reach the device: serial (cost "
                        + "from bytes and baud), tcp (cost from the round trip) or none"),
                OptionSpec.integer("baud", "bit/s", d.baud, 1, 100_000_000, "serial line rate"),
                OptionSpec.integer("bits_per_byte", "bit", (long) d.bitsPerByte, 1, 16,
                        "bits on the line per byte (8N1: 10)"),
                OptionSpec.number("processing_ms", "ms", shift(d.processingS, 3), 0, 60_000,
                        "the device's processing time per command"),
                OptionSpec.number("round_trip_ms", "ms", shift(d.roundTripS, 3), 0, 60_000,
                        "network round trip per exchange (tcp)"));
        return switch (kind) {
            case DAC -> link.with(OptionSet.of(
                    OptionSpec.number("update_us", "us", shift(d.updateS, 6), 0, 60e6, "DAC update per write"),
                    OptionSpec.number("settle_tau_us", "us", shift(d.settleTauS, 6), 0, 600e6,
                            "thermal time constant of what the DAC drives; a write settles to one LSB in "
                                    + "tau*ln(2^bits)")));
            case DETECTOR -> link.with(OptionSet.of(
                    OptionSpec.number("integration_ms", "ms", shift(d.integrationS, 3), 0, 600_000,
                            "integration time per sample"),
                    OptionSpec.integer("averages", "", (long) d.averages, 1, 1_000_000,
                            "samples averaged per reading")));
            case PROJECTOR -> link;
        };
    }

    /** Reads a {@code timing:} block (null or empty: the defaults); unknown keys and bad values are refused. */
    public static DeviceTiming read(String where, DeviceKind kind, Map<String, ?> given) {
        OptionValues v = spec(kind).read(where, given == null ? Map.of() : given);
        DeviceTiming d = defaults(kind);
        Link link = Link.valueOf(v.text("link").toUpperCase(Locale.ROOT));
        return new DeviceTiming(link, v.integer("baud"), (int) v.integer("bits_per_byte"),
                shift(v.number("processing_ms"), -3), shift(v.number("round_trip_ms"), -3),
                kind == DeviceKind.DAC ? shift(v.number("update_us"), -6) : d.updateS,
                kind == DeviceKind.DAC ? shift(v.number("settle_tau_us"), -6) : d.settleTauS,
                kind == DeviceKind.DETECTOR ? shift(v.number("integration_ms"), -3) : d.integrationS,
                kind == DeviceKind.DETECTOR ? (int) v.integer("averages") : d.averages);
    }

    /** The {@code timing:} block that reads back as this (every key of the kind, in bench-file units). */
    public Map<String, Object> asYaml(DeviceKind kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("link", link.yamlName());
        m.put("baud", baud);
        m.put("bits_per_byte", bitsPerByte);
        m.put("processing_ms", shift(processingS, 3));
        m.put("round_trip_ms", shift(roundTripS, 3));
        if (kind == DeviceKind.DAC) {
            m.put("update_us", shift(updateS, 6));
            m.put("settle_tau_us", shift(settleTauS, 6));
        } else if (kind == DeviceKind.DETECTOR) {
            m.put("integration_ms", shift(integrationS, 3));
            m.put("averages", averages);
        }
        return m;
    }

    /** The same timing over another link (the wire simulator's client bench: TCP in place of the served line). */
    public DeviceTiming withLink(Link l, double roundTrip) {
        return new DeviceTiming(l, baud, bitsPerByte, processingS, roundTrip, updateS, settleTauS, integrationS,
                averages);
    }

    /** {@code v × 10^places} in decimal, so that units convert back and forth without rounding drift. */
    private static double shift(double v, int places) {
        return new java.math.BigDecimal(Double.toString(v)).movePointRight(places).doubleValue();
    }

    /** Link time of {@code exchanges} command/reply exchanges carrying {@code bytes} bytes in all, s. */
    public double linkSeconds(long exchanges, long bytes) {
        return switch (link) {
            case SERIAL -> exchanges * processingS + (double) bytes * bitsPerByte / baud;
            case TCP -> exchanges * (roundTripS + processingS);
            case NONE -> 0;
        };
    }

    /** Time for a write's output to come within one LSB of a {@code bits}-bit converter (0: analog), s. */
    public double settleSeconds(int bits) {
        return settleTauS * (bits > 0 ? bits : ANALOG_SETTLE_BITS) * Math.log(2);
    }

    /** One detector reading: integration × averages, s. */
    public double acquisitionSeconds() {
        return integrationS * averages;
    }
}
