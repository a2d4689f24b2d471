package org.photonlab.drivers.scpi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonlab.drivers.link.Conversation;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.drivers.DriverOptions;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionValues;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.protocols.line.ProtocolException;
import org.photonlab.protocols.line.ReplyParser;
import org.photonlab.protocols.line.ReplyRule;
import org.photonlab.protocols.scpi.ScpiChannelList;
import org.photonlab.protocols.scpi.ScpiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A multi-channel optical power meter speaking SCPI over any {@link org.photonlab.drivers.link.Link}.
 *
 * <p>Open, as the robust client pattern goes: {@code *CLS}, {@code *IDN?} (checked against the bench's
 * {@code identity} option: equal, or a prefix such as {@code PHOTONLAB,PM8}), then drain {@code SYST:ERR?}, then
 * reconcile the settings the bench file gives ({@code wavelength_nm}, {@code averaging}, {@code range_w}): read
 * each back and write only those that differ, confirmed with {@code ;*OPC?}. A reading is one
 * {@code MEAS:POW? (@…)} with the channels as a list; the reply must carry exactly one NR3 value per channel.
 * SCPI's overload value ±9.9E+37 marks a saturated channel: it is reported over range, with the value at the end
 * of the bench's declared ADC range (±∞ where the bench declares none); 9.91E+37 (SCPI's NaN) reads as NaN, which
 * the HAL flags too.
 */
public final class ScpiDetector implements DetectorDevice, Conversation.Hooks {
    private static final Logger LOG = LoggerFactory.getLogger(ScpiDetector.class);

    private final DeviceSpec spec;
    private final String expectedIdentity;
    private final Conversation conversation;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private volatile String identity;

    public ScpiDetector(DeviceSpec spec, LinkOpener opener, ConversationSettings timing) {
        this.spec = spec;
        OptionValues o = DriverOptions.SCPI.with(DriverOptions.CONVERSATION)
                .readKnown(OptionCheck.where(spec), spec.options());
        this.expectedIdentity = o.text("identity", null);
        // on a serial port, '!' turns a partial command left by a killed writer into a syntax error (queued, then
        // cleared by the *CLS of the open sequence) instead of completing it
        this.conversation = new Conversation(spec.name(), opener, null, line -> { }, "*IDN?", this::isIdentity,
                timing).clearLineOnOpen("!");
        setting(o, "wavelength_nm", "SENS:CORR:WAV");
        setting(o, "averaging", "SENS:AVER:COUN");
        setting(o, "range_w", "SENS:POW:RANG");
    }

    private void setting(OptionValues o, String option, String header) {
        if (o.has(option)) {
            settings.put(header, ScpiFormat.nr3(o.number(option)));
        }
    }

    private boolean isIdentity(String line) {
        String known = identity;
        if (known != null) {
            return line.equals(known);
        }
        String[] f = line.split(",", -1);
        return f.length == 4 && !ScpiFormat.isNumber(f[0]);
    }

    /** Connects, identifies and reconciles the settings. */
    public ScpiDetector open() {
        conversation.connect(this);
        return this;
    }

    @Override
    public void afterConnect(Conversation c) {
        c.send("*CLS");
        String id = c.call("*IDN?", ReplyRule.lines(1, "'maker,model,serial,firmware'"), lines -> {
            if (!isIdentity(lines.get(0)) && identity == null) {
                throw new ProtocolException("expected four comma-separated fields");
            }
            return lines.get(0);
        });
        if (expectedIdentity != null && !id.equals(expectedIdentity) && !id.startsWith(expectedIdentity + ",")) {
            throw new BenchConfigException("device '" + spec.name() + "': '*IDN?' answered '" + id
                    + "' but the bench file expects identity '" + expectedIdentity + "'");
        }
        identity = id;
        for (int i = 0; i < 32; i++) {
            String err = c.call("SYST:ERR?", ReplyRule.lines(1, "'<code>,\"<text>\"'"), ERROR);
            if (err.startsWith("0,") || err.startsWith("+0,")) {
                break;
            }
            LOG.warn("{}: error queued before connect: {}", spec.name(), err);
        }
        for (Map.Entry<String, String> s : settings.entrySet()) {
            double want = ScpiFormat.parse(s.getValue());
            double have = c.call(s.getKey() + "?", ReplyRule.lines(1, "one number"),
                    lines -> ScpiFormat.parse(lines.get(0)));
            if (Double.compare(want, have) != 0) {
                LOG.info("{}: {} is {}, bench file wants {}; setting it", spec.name(), s.getKey(), have, want);
                c.call(s.getKey() + " " + s.getValue() + ";*OPC?", ReplyRule.lines(1, "'1'"), OPC);
            }
        }
    }

    private static final ReplyParser<String> ERROR = lines -> {
        String l = lines.get(0);
        int comma = l.indexOf(',');
        if (comma < 1 || !ScpiFormat.isNumber(l.substring(0, comma)) || !l.substring(comma + 1).startsWith("\"")) {
            throw new ProtocolException("expected '<code>,\"<text>\"'");
        }
        return l;
    };

    private static final ReplyParser<Void> OPC = lines -> {
        if (!lines.get(0).equals("1")) {
            throw new ProtocolException("expected '1'");
        }
        return null;
    };

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int channelCount() {
        return spec.channels();
    }

    /** The identity reported by {@code *IDN?}. */
    public String identity() {
        return identity;
    }

    public Conversation conversation() {
        return conversation;
    }

    /** SCPI's overload answer, ±9.9E+37; 9.91E+37 is its "not a number". */
    private static final double OVERLOAD = 9.9E37;
    private static final double NOT_A_NUMBER = 9.91E37;

    @Override
    public double[] read(int[] channels) {
        return acquire(channels).values();
    }

    @Override
    public DetectorReading acquire(int[] channels) {
        double[] raw = measure(channels);
        boolean[] over = new boolean[raw.length];
        AdcResolution adc = spec.adc();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == NOT_A_NUMBER) {
                raw[i] = Double.NaN;
            } else if (Math.abs(raw[i]) >= OVERLOAD) {
                over[i] = true;
                double end = raw[i] > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                raw[i] = adc == null || adc.isIdeal() ? end : adc.convert(end);
            }
        }
        return new DetectorReading(raw, over);
    }

    private double[] measure(int[] channels) {
        int n = channels.length;
        return conversation.call("MEAS:POW? " + ScpiChannelList.format(channels),
                ReplyRule.lines(1, n + " comma-separated NR3 values"), lines -> {
                    String[] f = lines.get(0).split(",", -1);
                    if (f.length != n) {
                        throw new ProtocolException("expected " + n + " values, got " + f.length);
                    }
                    double[] out = new double[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = ScpiFormat.parse(f[i]);
                    }
                    return out;
                });
    }

    /** Sends a query and returns its one-line reply (for the operator commands). */
    public String query(String command) {
        return conversation.call(command, ReplyRule.lines(1, "one line"), lines -> lines.get(0));
    }

    @Override
    public void close() {
        conversation.close();
    }
}
