package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.protocols.scpi.ScpiChannelList;
import org.photonlab.protocols.scpi.ScpiFormat;
import org.photonlab.protocols.scpi.ScpiMessage;
import org.photonlab.protocols.scpi.ScpiMnemonic;

/**
 * A multi-channel optical power meter speaking SCPI, reading the chip's detector outputs. Readings are the chip
 * model's ADC values, printed exactly (shortest round-trip digits in NR3), so a host gets the same double as the
 * in-process simulator would give. A channel whose ADC saturated answers SCPI's overload value {@code 9.9E+37}
 * (negative for the bottom of a bipolar range), which the driver turns back into the flagged ADC end value.
 *
 * <p>Rules that keep standard VISA clients in step: a command that is not a query never gets a reply, nor does an
 * unknown or failing query (its error is queued for {@code SYST:ERR?}); replies to the queries of a
 * {@code ;}-joined line are joined with {@code ;} on one line; hosts may end lines with LF or CR LF. A setting
 * outside the meter's range ({@value #MIN_WAVELENGTH_NM}..{@value #MAX_WAVELENGTH_NM} nm, ranges from the ADC's
 * range down six decades, averaging 1..10000) is refused with {@code -222,"Data out of range"} (-224 for a
 * non-integer count), as instruments do, and the setting keeps its value.
 */
public final class ScpiPowerMeter implements DeviceProtocol {
    private static final double DEFAULT_WAVELENGTH_NM = 1550;
    /** The sensor's calibrated wavelengths, nm ({@code SENS:CORR:WAV? MIN|MAX}); a set outside is -222. */
    static final double MIN_WAVELENGTH_NM = 400;
    static final double MAX_WAVELENGTH_NM = 1700;
    /** Ranges go from the ADC's range (the largest, after {@code *RST}) down six decades; outside is -222. */
    static final double MIN_RANGE_FRACTION = 1e-6;

    private record Command(ScpiMnemonic mnemonic, boolean query, Handler handler) {
    }

    @FunctionalInterface
    private interface Handler {
        /** Returns the reply text for a query (null for a set or a failure, whose error is already queued). */
        String run(String args);
    }

    private final String identity;
    private final DetectorDevice physics;
    private final double defaultRange;
    private final List<Command> commands = new ArrayList<>();
    private final ScpiErrorQueue errors = new ScpiErrorQueue();
    private double wavelengthNm = DEFAULT_WAVELENGTH_NM;
    private double rangeW;
    private boolean autoRange = true;
    private int averaging = 1;

    /**
     * @param identity     {@code *IDN?} answer, {@code maker,model,serial,firmware}
     * @param physics      the chip's detector device
     * @param defaultRange the power range after {@code *RST}, W (the ADC's range)
     */
    public ScpiPowerMeter(String identity, DetectorDevice physics, double defaultRange) {
        this.identity = identity;
        this.physics = physics;
        this.defaultRange = defaultRange;
        this.rangeW = defaultRange;
        query("*IDN", a -> identity);
        set("*RST", a -> {
            reset();
            return null;
        });
        set("*CLS", a -> {
            errors.clear();
            return null;
        });
        query("*OPC", a -> "1");
        set("*OPC", a -> {
            errors.setEsr(ScpiErrorQueue.OPC);
            return null;
        });
        set("*WAI", a -> null);
        query("*ESR", a -> Integer.toString(errors.readEsr()));
        query("*STB", a -> Integer.toString(errors.stb()));
        query("SYSTem:ERRor[:NEXT]", a -> errors.pop());
        query("SYSTem:ERRor:COUNt", a -> Integer.toString(errors.count()));
        query("MEASure[:SCALar]:POWer", this::measure);
        query("READ[:SCALar][:POWer]", this::measure);
        query("[SENSe]:CORRection:WAVelength", a -> switch (a.trim().toUpperCase(Locale.ROOT)) {
            case "MIN", "MINIMUM" -> ScpiFormat.nr3(MIN_WAVELENGTH_NM);
            case "MAX", "MAXIMUM" -> ScpiFormat.nr3(MAX_WAVELENGTH_NM);
            default -> ScpiFormat.nr3(wavelengthNm);
        });
        set("[SENSe]:CORRection:WAVelength", a -> {
            Double v = within(a, MIN_WAVELENGTH_NM, MAX_WAVELENGTH_NM);
            if (v != null) {
                wavelengthNm = v;
            }
            return null;
        });
        query("[SENSe]:POWer[:DC]:RANGe[:UPPer]", a -> ScpiFormat.nr3(rangeW));
        set("[SENSe]:POWer[:DC]:RANGe[:UPPer]", a -> {
            Double v = within(a, defaultRange * MIN_RANGE_FRACTION, defaultRange);
            if (v != null) {
                rangeW = v;
                autoRange = false;
            }
            return null;
        });
        query("[SENSe]:POWer[:DC]:RANGe:AUTO", a -> autoRange ? "1" : "0");
        set("[SENSe]:POWer[:DC]:RANGe:AUTO", a -> {
            Boolean b = bool(a);
            if (b != null) {
                autoRange = b;
            }
            return null;
        });
        query("[SENSe]:AVERage[:COUNt]", a -> ScpiFormat.nr3(averaging));
        set("[SENSe]:AVERage[:COUNt]", a -> {
            Double v = positive(a);
            if (v != null) {
                if (v != Math.rint(v)) {
                    errors.push(-224, "Illegal parameter value");
                } else if (v > 10000) {
                    errors.push(-222, "Data out of range");
                } else {
                    averaging = v.intValue();
                }
            }
            return null;
        });
    }

    private void query(String pattern, Handler h) {
        commands.add(new Command(new ScpiMnemonic(pattern), true, h));
    }

    private void set(String pattern, Handler h) {
        commands.add(new Command(new ScpiMnemonic(pattern), false, h));
    }

    private void reset() {
        wavelengthNm = DEFAULT_WAVELENGTH_NM;
        rangeW = defaultRange;
        autoRange = true;
        averaging = 1;
    }

    @Override
    public synchronized List<String> handle(String line) {
        List<String> replies = new ArrayList<>();
        for (ScpiMessage m : ScpiMessage.parse(line)) {
            Command c = find(m);
            if (c == null) {
                errors.push(-113, "Undefined header");
                continue;
            }
            if (!m.query() && c.handler() != null && m.args().isEmpty() && !m.header().startsWith("*")) {
                errors.push(-109, "Missing parameter");
                continue;
            }
            String r = c.handler().run(m.args());
            if (m.query() && r != null) {
                replies.add(r);
            }
        }
        return replies.isEmpty() ? List.of() : List.of(String.join(";", replies));
    }

    private Command find(ScpiMessage m) {
        for (Command c : commands) {
            if (c.query() == m.query() && c.mnemonic().matches(m.header())) {
                return c;
            }
        }
        return null;
    }

    private String measure(String args) {
        int[] chs;
        if (args.isEmpty()) {
            chs = new int[] {0};
        } else {
            List<Integer> list = ScpiChannelList.parse(args);
            if (list == null) {
                errors.push(-224, "Illegal parameter value");
                return null;
            }
            chs = new int[list.size()];
            for (int i = 0; i < chs.length; i++) {
                int c = list.get(i);
                if (c < 1 || c > physics.channelCount()) {
                    errors.push(-222, "Data out of range");
                    return null;
                }
                chs[i] = c - 1;
            }
        }
        // a noiseless chip gives the same value on every repetition, so averaging is a no-op on the reading
        DetectorReading r = physics.acquire(chs);
        double[] v = r.values();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            // a saturated channel answers SCPI's overload value, as a meter does, not a plausible number
            double x = r.overRange(i) ? (v[i] < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY) : v[i];
            b.append(i == 0 ? "" : ",").append(ScpiFormat.nr3(x));
        }
        return b.toString();
    }

    private Double positive(String a) {
        String t = a.trim();
        if (t.isEmpty()) {
            errors.push(-109, "Missing parameter");
            return null;
        }
        if (!ScpiFormat.isNumber(t)) {
            errors.push(-224, "Illegal parameter value");
            return null;
        }
        double v = Double.parseDouble(t);
        if (!(v > 0) || Double.isInfinite(v)) {
            errors.push(-222, "Data out of range");
            return null;
        }
        return v;
    }

    /** A number in [lo, hi], or null with -109 (missing), -224 (not a number) or -222 (out of range) queued. */
    private Double within(String a, double lo, double hi) {
        Double v = positive(a);
        if (v != null && !(v >= lo && v <= hi)) {
            errors.push(-222, "Data out of range");
            return null;
        }
        return v;
    }

    private Boolean bool(String a) {
        switch (a.trim().toUpperCase(Locale.ROOT)) {
            case "1", "ON" -> {
                return true;
            }
            case "0", "OFF" -> {
                return false;
            }
            default -> {
                errors.push(-224, "Illegal parameter value");
                return null;
            }
        }
    }

    /** Errors waiting in the queue (for tests). */
    public synchronized int queuedErrors() {
        return errors.count();
    }

    @Override
    public synchronized List<String> overflow() {
        errors.push(-223, "Too much data");
        return List.of();
    }

    @Override
    public List<String> powerCycle() {
        return List.of();
    }

    @Override
    public boolean supportsPowerCycle() {
        return false;
    }

    @Override
    public boolean hasAsyncLines() {
        return false;
    }

    @Override
    public String unsolicitedLine() {
        return null;
    }

    public String identity() {
        return identity;
    }
}
