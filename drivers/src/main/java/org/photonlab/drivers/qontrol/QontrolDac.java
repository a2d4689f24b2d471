package org.photonlab.drivers.qontrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.photonlab.drivers.link.CommandLostException;
import org.photonlab.drivers.link.Conversation;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.DeviceRefusedException;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.drivers.DriverOptions;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionValues;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DeviceLimitControl;
import org.photonlab.protocols.line.ProtocolException;
import org.photonlab.protocols.line.ReplyRule;
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.protocols.qontrol.QontrolReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bank of phase-shifter DAC channels on a daisy chain of Qontrol-compatible 8-channel modules (Q8iv, Q8a, Q8b,
 * Q8bi), speaking their ASCII protocol over any {@link org.photonlab.drivers.link.Link}.
 *
 * <p>Open: {@code id?} (must match the bench's {@code identity} option when given), {@code nupall?} (enough modules
 * for the declared channels), {@code vfull?} (the limits must fit the full scale), then reconciliation. Writes go
 * out as one {@code VVEC<first>=…} per module touched (gaps filled from the last known setpoints) or one
 * {@code V<ch>=…} for a single channel; reads use {@code V<ch>?} or {@code Vall?}.
 *
 * <p>Reconciliation (after every connect, and after an {@code E90:00} power-up line): read back every setpoint
 * with {@code Vall?} and compare with what this driver last wrote; only channels that differ are written again,
 * each logged. Values the driver never wrote are adopted as they are.
 */
public final class QontrolDac implements DacDevice, DeviceLimitControl, Conversation.Hooks {
    private static final Logger LOG = LoggerFactory.getLogger(QontrolDac.class);
    /** Channels per module for every module type the vendor library knows. */
    public static final int CHANNELS_PER_MODULE = 8;
    /**
     * Sent first on a serial port: '!' is no part of any Qontrol command, so a partial command a killed writer left
     * in the module's line buffer ({@code V3=1.5}) becomes one the module refuses ({@code V3=1.5!}) instead of
     * being completed and executed, as a bare line terminator would do.
     */
    static final String LINE_CLEAR = "!";

    private final DeviceSpec spec;
    private final String expectedIdentity;
    private final Conversation conversation;
    private final AtomicLong powerUps = new AtomicLong();
    /** Power-up events seen, and how many of them the last completed reconciliation covered. */
    private final AtomicLong reconciledUpTo = new AtomicLong();
    private double[] setpoints = new double[0];
    private int chainChannels;
    private String identity;
    private double fullScale;
    private volatile QontrolKeepAlive keepAlive;
    private final LeaseHolder writer;
    private final String where;
    private volatile boolean leased;
    private final QontrolOwnLimits ownLimits;

    public QontrolDac(DeviceSpec spec, LinkOpener opener, ConversationSettings settings) {
        this(spec, opener, settings, LeaseHolder.thisProcess());
    }

    /**
     * @param writer who this driver writes for: it asks the device for its write lease on every connect (see
     *               {@link QontrolLease}) when the link is one other processes share (TCP, serial; not an in-JVM
     *               pipe); null for an observer, which takes no lease and never writes, not even to
     *               reconcile
     */
    public QontrolDac(DeviceSpec spec, LinkOpener opener, ConversationSettings settings, LeaseHolder writer) {
        this.spec = spec;
        this.writer = writer;
        // only a port or endpoint other processes share has someone to lease against (a pipe or script has not)
        this.where = opener.lockTarget() == null ? null : opener.lockTarget().where();
        this.ownLimits = new QontrolOwnLimits(spec);
        OptionValues o = DriverOptions.QONTROL.with(DriverOptions.CONVERSATION)
                .readKnown(OptionCheck.where(spec), spec.options());
        this.expectedIdentity = o.text("identity", null);
        this.conversation = new Conversation(spec.name(), opener, QontrolFormat.ERROR, this::onEvent, "id?",
                line -> QontrolFormat.IDENTITY.matcher(line).matches(), settings).clearLineOnOpen(LINE_CLEAR);
        if (spec.limits().minVolts() < 0 && !o.bool("bipolar")) {
            throw new BenchConfigException("device '" + spec.name() + "': Qontrol outputs are unipolar but min_v is "
                    + spec.limits().minVolts() + " V; set min_v >= 0 (or options.bipolar: true for a bipolar module)");
        }
    }

    /**
     * Connects, identifies and reconciles, then asks for the device's host watchdog ({@code WATCHDOG?}) and, when
     * it has one, keeps it fed while the host is idle (see {@link QontrolKeepAlive}); throws when the device is
     * unreachable or not the expected one.
     */
    public QontrolDac open() {
        conversation.connect(this);
        // an observer keeps nothing alive: it writes nothing, keep-alives included
        double period = writer == null ? 0 : watchdogPeriod();
        if (period > 0) {
            keepAlive = new QontrolKeepAlive(spec.name(), conversation, (long) (period / 4 * 1e9));
        }
        return this;
    }

    /** The device's watchdog period, s; 0 when it has none (a real Qontrol module refuses the query with E10). */
    private double watchdogPeriod() {
        try {
            return conversation.call("WATCHDOG?", QontrolReplies.lines(1, "'<number> s'"),
                    lines -> QontrolFormat.parseWithUnit(lines.get(0), "s"));
        } catch (DeviceRefusedException e) {
            return 0;
        }
    }

    /** Whether this driver sends keep-alives (the device reported a host watchdog when it was opened). */
    public boolean keepsAlive() {
        return keepAlive != null;
    }

    @Override
    public void afterConnect(Conversation c) {
        String id = c.call("id?", QontrolReplies.lines(1, "an identity like 'Q8iv-01A0'"), QontrolReplies.IDENTITY);
        if (expectedIdentity != null && !expectedIdentity.equals(id)) {
            throw new BenchConfigException("device '" + spec.name() + "': 'id?' answered '" + id
                    + "' but the bench file expects identity '" + expectedIdentity + "'");
        }
        List<String> chain = c.call("nupall?", ReplyRule.untilQuiet("one '<id> : <index>' line per module"),
                QontrolReplies.CHAIN);
        int channels = chain.size() * CHANNELS_PER_MODULE;
        if (channels < spec.channels()) {
            // a transport-class error: a reply cut short by a dropped connection looks exactly like this, so the
            // reconnect loop tries again and reports it with this text when its budget runs out
            throw new ProtocolException("device '" + spec.name() + "': the chain has " + chain.size()
                    + " module(s) = " + channels + " channels " + chain + ", but the bench file declares "
                    + spec.channels());
        }
        double vfull = c.call("vfull?", QontrolReplies.lines(1, "'<number> V'"),
                lines -> QontrolFormat.parseWithUnit(lines.get(0), "V"));
        if (spec.limits().maxVolts() > vfull) {
            // not fatal: the HAL never asks for more than the DAC law gives, and the module refuses it anyway
            LOG.warn("{}: limits.max_v {} V is above the module full scale {}; sets above it will be refused "
                    + "with over-voltage", spec.name(), spec.limits().maxVolts(), QontrolFormat.withUnit(vfull, "V"));
        }
        synchronized (this) {
            if (setpoints.length != channels) {
                double[] fresh = new double[channels];
                Arrays.fill(fresh, Double.NaN);
                System.arraycopy(setpoints, 0, fresh, 0, Math.min(setpoints.length, channels));
                setpoints = fresh;
            }
            chainChannels = channels;
            identity = id;
            fullScale = vfull;
        }
        if (writer != null && where != null) {
            // before reconciliation writes anything: the lease belongs to this connection, so ask on every connect
            leased = QontrolLease.acquire(c, spec.name(), where, writer);
        }
        ownLimits.afterConnect(c); // before reconciliation writes any setpoint
        reconcile(c);
    }

    @Override
    public void beforeRequest(Conversation c) {
        // a module may power up again while it is being reconciled: start over, a bounded number of times
        for (int pass = 0; powerUps.get() != reconciledUpTo.get(); pass++) {
            try {
                ownLimits.afterPowerUp(c); // a rebooted module has forgotten them
                reconcile(c);
            } catch (CommandLostException e) {
                if (pass >= 20) {
                    throw e;
                }
            }
        }
    }

    private void reconcile(Conversation c) {
        // a power-up during this reconciliation leaves the counters unequal, so it runs again
        long covered = powerUps.get();
        double[] device = readAll(c);
        List<Integer> differ = new ArrayList<>();
        synchronized (this) {
            for (int ch = 0; ch < device.length; ch++) {
                if (Double.isNaN(setpoints[ch])) {
                    setpoints[ch] = device[ch];
                } else if (Double.compare(setpoints[ch], device[ch]) != 0) {
                    differ.add(ch);
                }
            }
        }
        if (differ.isEmpty() || writer == null) {
            // an observer never writes: it reports what it reads
            reconciledUpTo.set(covered);
            return;
        }
        int[] chs = new int[differ.size()];
        double[] vs = new double[chs.length];
        for (int i = 0; i < chs.length; i++) {
            chs[i] = differ.get(i);
            vs[i] = setpoint(chs[i]);
            LOG.warn("{}: reconciliation: channel {} reads {} V but {} V was set; writing it again", spec.name(),
                    chs[i], QontrolFormat.number(device[chs[i]]), QontrolFormat.number(vs[i]));
        }
        send(c, chs, vs);
        reconciledUpTo.set(covered);
    }

    private void onEvent(String line) {
        if (QontrolFormat.errorCode(line) == QontrolFormat.POWERED_UP) {
            powerUps.incrementAndGet();
            LOG.warn("{}: module reported '{}' (powered up): setpoints will be read back and reconciled",
                    spec.name(), line);
        } else {
            LOG.warn("{}: device reported '{}'", spec.name(), line);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int channelCount() {
        return spec.channels();
    }

    /** The identity the chain's first module reported. */
    public synchronized String identity() {
        return identity;
    }

    /** The module full scale reported by {@code vfull?}, V. */
    public synchronized double fullScale() {
        return fullScale;
    }

    /** Number of daisy-chained modules. */
    public synchronized int modules() {
        return chainChannels / CHANNELS_PER_MODULE;
    }

    /** Whether the device granted this driver its write lease (false for an observer or a device without one). */
    public boolean leased() {
        return leased;
    }

    /** Power-up events seen. */
    public long powerUps() {
        return powerUps.get();
    }

    /** The conversation (for its fault counter and ring log). */
    public Conversation conversation() {
        return conversation;
    }

    @Override
    public void write(int[] channels, double[] volts) {
        send(conversation, channels, volts);
    }

    /** One command per module touched: a vector write over the touched span, or a single set. */
    private void send(Conversation c, int[] channels, double[] volts) {
        int modules = Math.max(1, modules());
        List<List<Integer>> byModule = new ArrayList<>();
        for (int m = 0; m < modules; m++) {
            byModule.add(new ArrayList<>());
        }
        for (int i = 0; i < channels.length; i++) {
            byModule.get(channels[i] / CHANNELS_PER_MODULE).add(i);
        }
        for (List<Integer> idx : byModule) {
            if (idx.isEmpty()) {
                continue;
            }
            if (idx.size() == 1) {
                int ch = channels[idx.get(0)];
                double v = volts[idx.get(0)];
                c.call("V" + ch + "=" + QontrolFormat.number(v), QontrolReplies.OK, QontrolReplies.OK_PARSER);
                remember(ch, v);
                continue;
            }
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (int i : idx) {
                lo = Math.min(lo, channels[i]);
                hi = Math.max(hi, channels[i]);
            }
            double[] span = new double[hi - lo + 1];
            synchronized (this) {
                for (int ch = lo; ch <= hi; ch++) {
                    span[ch - lo] = Double.isNaN(setpoints[ch]) ? 0.0 : setpoints[ch];
                }
            }
            for (int i : idx) {
                span[channels[i] - lo] = volts[i];
            }
            StringBuilder cmd = new StringBuilder("VVEC").append(lo).append('=');
            for (int k = 0; k < span.length; k++) {
                cmd.append(k == 0 ? "" : ",").append(QontrolFormat.number(span[k]));
            }
            c.call(cmd.toString(), QontrolReplies.OK, QontrolReplies.OK_PARSER);
            for (int k = 0; k < span.length; k++) {
                remember(lo + k, span[k]);
            }
        }
    }

    private void remember(int ch, double v) {
        synchronized (this) {
            setpoints[ch] = v;
        }
        QontrolKeepAlive k = keepAlive;
        if (k != null) {
            k.fed();
        }
    }

    private synchronized double setpoint(int ch) {
        return setpoints[ch];
    }

    @Override
    public double[] read(int[] channels) {
        double[] out = new double[channels.length];
        if (channels.length > 2) {
            double[] all = readAll(conversation);
            for (int i = 0; i < channels.length; i++) {
                out[i] = all[channels[i]];
            }
            return out;
        }
        for (int i = 0; i < channels.length; i++) {
            out[i] = conversation.call("V" + channels[i] + "?", QontrolReplies.lines(1, "one fixed-point value"),
                    QontrolReplies.NUMBERS)[0];
        }
        return out;
    }

    private double[] readAll(Conversation c) {
        int n;
        synchronized (this) {
            n = chainChannels;
        }
        return c.call("Vall?", QontrolReplies.lines(n, n + " fixed-point values, one per line"),
                QontrolReplies.NUMBERS);
    }

    @Override
    public Readback pushLimits(int[] channels, double[] maxVolts, double[] maxMilliamps) {
        return ownLimits.push(conversation, channels, maxVolts, maxMilliamps, fullScale());
    }

    /** Reads a per-channel quantity ({@code I} in mA, {@code VMAX} in V, {@code IMAX} in mA). */
    public double query(String header, int channel) {
        return conversation.call(header + channel + "?", QontrolReplies.lines(1, "one fixed-point value"),
                QontrolReplies.NUMBERS)[0];
    }

    @Override
    public void close() {
        QontrolKeepAlive k = keepAlive;
        if (k != null) {
            k.close();
        }
        conversation.close();
    }
}
