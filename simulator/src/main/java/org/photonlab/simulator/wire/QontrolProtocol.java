package org.photonlab.simulator.wire;

import static org.photonlab.protocols.qontrol.QontrolFormat.BAD_CHANNEL;
import static org.photonlab.protocols.qontrol.QontrolFormat.BAD_PARAMETER;
import static org.photonlab.protocols.qontrol.QontrolFormat.BUFFER_OVERFLOW;
import static org.photonlab.protocols.qontrol.QontrolFormat.UNRECOGNISED_COMMAND;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.photonlab.protocols.qontrol.QontrolCommand;
import org.photonlab.protocols.qontrol.QontrolFormat;

/**
 * The Qontrol ASCII protocol on a {@link QontrolChain}, as the vendor's Python library expects it: exactly one line
 * per get, {@code OK} and nothing else per accepted set, an error line {@code E<code>:<ch>} instead for a refused
 * or unrecognised command; {@code nupall?} answers one line per module and no {@code OK}; replies end with LF only.
 * A {@code VVEC<first>=} vector stays inside the module of {@code first}: one that reaches past it is refused with
 * {@code E12:<first channel past the module>} and nothing is written. Two simulator extensions: {@code WATCHDOG?}
 * (the watchdog period, e.g. {@code 2.000 s}) and {@code KEEPALIVE=1} ({@code OK}; feeds the watchdog).
 */
public final class QontrolProtocol implements DeviceProtocol {
    private final QontrolChain chain;
    private final String firmware;
    private final double watchdogS;

    /** A chain without a watchdog ({@code WATCHDOG?} answers {@code 0.000 s}). */
    public QontrolProtocol(QontrolChain chain, String firmware) {
        this(chain, firmware, 0);
    }

    /**
     * @param watchdogS the chain's watchdog period, s, reported by {@code WATCHDOG?} (0 = none); the
     *                  {@link Watchdog} itself runs elsewhere, fed as {@link #feedsWatchdog} says
     */
    public QontrolProtocol(QontrolChain chain, String firmware, double watchdogS) {
        this.chain = chain;
        this.firmware = firmware;
        this.watchdogS = watchdogS;
    }

    /** The module chain this protocol drives. */
    public QontrolChain chain() {
        return chain;
    }

    @Override
    public List<String> handle(String raw) {
        String line = raw.trim();
        if (line.isEmpty()) {
            return List.of();
        }
        QontrolCommand c = QontrolCommand.parse(line);
        if (c == null) {
            return err(UNRECOGNISED_COMMAND, 0);
        }
        return switch (c.header()) {
            case "ID" -> c.query() ? List.of(chain.identity(0)) : err(UNRECOGNISED_COMMAND, 0);
            case "NUP" -> c.query() ? List.of(QontrolFormat.chainLine(chain.identity(0), 0)) : List.of("OK");
            case "NUPALL" -> c.query() ? chainLines() : err(UNRECOGNISED_COMMAND, 0);
            case "NCHAN" -> c.query() ? List.of(Integer.toString(chain.channels())) : err(UNRECOGNISED_COMMAND, 0);
            case "VFULL" -> c.query() ? List.of(QontrolFormat.withUnit(chain.fullScaleVolts(), "V"))
                    : err(UNRECOGNISED_COMMAND, 0);
            case "IFULL" -> c.query() ? List.of(QontrolFormat.withUnit(chain.fullScaleMilliamps(), "mA"))
                    : err(UNRECOGNISED_COMMAND, 0);
            case "FIRMWARE" -> c.query() ? List.of(firmware) : err(UNRECOGNISED_COMMAND, 0);
            case "V", "I", "VMAX", "IMAX" -> channelCommand(c);
            case "VALL" -> c.query() ? all(false) : err(UNRECOGNISED_COMMAND, 0);
            case "IALL" -> c.query() ? all(true) : err(UNRECOGNISED_COMMAND, 0);
            case "VVEC" -> vector(c);
            // simulator extensions (a real module answers E10): the watchdog period, and an explicit keep-alive
            case "WATCHDOG" -> c.query() ? List.of(QontrolFormat.withUnit(watchdogS, "s"))
                    : err(UNRECOGNISED_COMMAND, 0);
            case "KEEPALIVE" -> c.query() ? err(UNRECOGNISED_COMMAND, 0) : List.of("OK");
            default -> err(UNRECOGNISED_COMMAND, 0);
        };
    }

    /** Accepted output writes ({@code V}, {@code I}, {@code VVEC}) and {@code KEEPALIVE=} feed the watchdog. */
    @Override
    public boolean feedsWatchdog(String line, List<String> reply) {
        if (reply.size() != 1 || !reply.get(0).equals("OK")) {
            return false;
        }
        QontrolCommand c = QontrolCommand.parse(line.trim());
        return c != null && !c.query() && switch (c.header()) {
            case "V", "I", "VVEC", "KEEPALIVE" -> true;
            default -> false;
        };
    }

    private List<String> chainLines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chain.modules(); i++) {
            out.add(QontrolFormat.chainLine(chain.identity(i), i));
        }
        return out;
    }

    private List<String> all(boolean current) {
        List<String> out = new ArrayList<>(chain.channels());
        for (int ch = 0; ch < chain.channels(); ch++) {
            out.add(QontrolFormat.number(current ? chain.milliamps(ch) : chain.volts(ch)));
        }
        return out;
    }

    private List<String> channelCommand(QontrolCommand c) {
        int ch = c.channel();
        if (ch < 0 || ch >= chain.channels()) {
            return err(BAD_CHANNEL, Math.max(ch, 0));
        }
        if (c.query()) {
            double v = switch (c.header()) {
                case "V" -> chain.volts(ch);
                case "I" -> chain.milliamps(ch);
                case "VMAX" -> chain.vmax(ch);
                default -> chain.imax(ch);
            };
            return List.of(QontrolFormat.number(v));
        }
        Double value = number(c.value());
        if (value == null) {
            return err(BAD_PARAMETER, ch);
        }
        QontrolChain.Refusal r = switch (c.header()) {
            case "V" -> chain.setVolts(ch, new double[] {value});
            case "I" -> chain.setMilliamps(ch, value);
            case "VMAX" -> chain.setVmax(ch, value);
            default -> chain.setImax(ch, value);
        };
        return r == null ? List.of("OK") : err(r.code(), r.channel());
    }

    private List<String> vector(QontrolCommand c) {
        int first = c.channel();
        if (c.query() || first < 0 || first >= chain.channels()) {
            return c.query() ? err(UNRECOGNISED_COMMAND, 0) : err(BAD_CHANNEL, Math.max(first, 0));
        }
        String[] parts = c.value().split(",", -1);
        // a vector addresses one module: values past its last channel would land in the next module
        int moduleEnd = (first / QontrolChain.MODULE_CHANNELS + 1) * QontrolChain.MODULE_CHANNELS;
        if (first + parts.length > moduleEnd) {
            return err(BAD_CHANNEL, moduleEnd);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double d = number(parts[i]);
            if (d == null) {
                return err(BAD_PARAMETER, first + i);
            }
            v[i] = d;
        }
        QontrolChain.Refusal r = chain.setVolts(first, v);
        return r == null ? List.of("OK") : err(r.code(), r.channel());
    }

    // compiled once: String.matches compiled it for every value of every VVEC line
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");

    /** A value as hosts send it: plain decimal (the vendor library writes Python floats, e.g. {@code 4.5}). */
    private static Double number(String s) {
        String t = s.trim();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static List<String> err(int code, int ch) {
        return List.of(QontrolFormat.error(code, ch));
    }

    /**
     * The lease extension (a real module answers {@code E10}): {@code LEASE=<holder line>} takes or renews it
     * ({@code OK}, or {@code E13:00} when another connection holds it), {@code LEASE=0} releases it ({@code OK}),
     * {@code LEASE?} answers the holder line or {@code none}.
     */
    @Override
    public List<String> handleLease(String line, Object connection, WireLease lease) {
        QontrolCommand c = QontrolCommand.parse(line.trim());
        if (c == null || !c.header().equals("LEASE") || c.channel() >= 0) {
            return null;
        }
        if (c.query()) {
            String h = lease.holder();
            return List.of(h == null ? "none" : h);
        }
        String value = c.value().trim();
        if (value.equals("0")) {
            lease.release(connection);
            return List.of("OK");
        }
        if (value.isEmpty()) {
            return err(BAD_PARAMETER, 0);
        }
        return lease.acquire(connection, value) == null ? List.of("OK") : err(QontrolFormat.FORBIDDEN, 0);
    }

    @Override
    public List<String> overflow() {
        return err(BUFFER_OVERFLOW, 1);
    }

    @Override
    public List<String> powerCycle() {
        chain.powerCycle();
        return List.of(QontrolFormat.error(QontrolFormat.POWERED_UP, 0));
    }

    @Override
    public boolean supportsPowerCycle() {
        return true;
    }

    @Override
    public boolean hasAsyncLines() {
        return true;
    }

    @Override
    public String unsolicitedLine() {
        return QontrolFormat.error(QontrolFormat.TOO_MANY_ERRORS, 0);
    }
}
