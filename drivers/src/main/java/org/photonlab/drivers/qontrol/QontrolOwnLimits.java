package org.photonlab.drivers.qontrol;

import java.util.ArrayList;
import java.util.List;
import org.photonlab.drivers.link.CommandLostException;
import org.photonlab.drivers.link.Conversation;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DeviceLimitControl;
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.protocols.qontrol.QontrolReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Qontrol chain's own per-channel limits as the bench wants them: {@code VMAX<ch>} where the bench's voltage limit
 * is below the module's full scale ({@code vfull?}), {@code IMAX<ch>} (mA) where the bench's current (from its power
 * limit and load) is below both the module's current full scale ({@code ifull?}) and the current at VMAX; elsewhere
 * the module cannot exceed the bench limit anyway, so nothing is sent. Every limit sent is read back.
 *
 * <p>A module forgets them when it reboots: after a power-up they are written again before the setpoints are
 * reconciled, and after a reconnect one is read and all are written again if it is gone. A module that reboots again
 * while they are being written again is reported (warning) and tried at its next power-up; the HAL keeps enforcing
 * the bench limits meanwhile. Thread-safe (the conversation serialises the commands).
 */
final class QontrolOwnLimits {
    private static final Logger LOG = LoggerFactory.getLogger(QontrolOwnLimits.class);
    /** How often the first push is started again when the module reboots during it. */
    private static final int PASSES = 20;

    private final DeviceSpec spec;
    /** The limits to keep in the module: channel, VMAX (V, NaN: none) and IMAX (mA, NaN: none). */
    private List<double[]> kept = List.of();

    QontrolOwnLimits(DeviceSpec spec) {
        this.spec = spec;
    }

    /** Works out which limits the module needs, writes them and reads them back (see the class comment). */
    DeviceLimitControl.Readback push(Conversation c, int[] channels, double[] maxVolts, double[] maxMilliamps,
                                     double vfull) {
        double ifull = Double.NaN;
        List<double[]> plan = new ArrayList<>();
        double[] backV = new double[channels.length];
        double[] backMa = new double[channels.length];
        for (int i = 0; i < channels.length; i++) {
            int ch = channels[i];
            double v = Math.min(maxVolts[i], vfull);
            boolean setV = maxVolts[i] < vfull;
            double ohm = spec.limits(ch).loadOhms();
            double ma = maxMilliamps[i];
            boolean setI = false;
            if (Double.isFinite(ma) && ma < v / ohm * 1000.0) {
                if (Double.isNaN(ifull)) {
                    ifull = c.call("ifull?", QontrolReplies.lines(1, "'<number> mA'"),
                            lines -> QontrolFormat.parseWithUnit(lines.get(0), "mA"));
                }
                setI = ma < ifull;
            }
            backV[i] = setV ? Double.NaN : vfull; // not set: the module's full scale is its limit
            backMa[i] = Double.NaN;
            if (setV || setI) {
                plan.add(new double[] {ch, setV ? v : Double.NaN, setI ? ma : Double.NaN, i});
            }
        }
        synchronized (this) {
            kept = List.copyOf(plan);
        }
        for (int pass = 0; ; pass++) {
            try {
                for (double[] k : plan) {
                    double[] back = write(c, k);
                    int i = (int) k[3];
                    if (!Double.isNaN(k[1])) {
                        backV[i] = back[0];
                    }
                    backMa[i] = back[1];
                }
                return new DeviceLimitControl.Readback(backV, backMa);
            } catch (CommandLostException e) {
                if (pass >= PASSES) {
                    throw e;
                }
            }
        }
    }

    /** After a reconnect: if the module no longer holds the first kept limit, all are written again. */
    void afterConnect(Conversation c) {
        List<double[]> k = snapshot();
        if (k.isEmpty()) {
            return;
        }
        double[] first = k.get(0);
        String header = Double.isNaN(first[1]) ? "IMAX" : "VMAX";
        double want = Double.isNaN(first[1]) ? first[2] : first[1];
        double held = query(c, header, (int) first[0]);
        if (held != want) {
            restore(c, "after a reconnect " + header + (int) first[0] + " reads " + held + " instead of " + want);
        }
    }

    /** After a power-up line: the module has forgotten them. */
    void afterPowerUp(Conversation c) {
        if (!snapshot().isEmpty()) {
            restore(c, "the module powered up");
        }
    }

    private void restore(Conversation c, String why) {
        LOG.warn("{}: {}: writing its own limits (VMAX/IMAX) again", spec.name(), why);
        try {
            for (double[] k : snapshot()) {
                write(c, k);
            }
        } catch (CommandLostException e) {
            LOG.warn("{}: the module rebooted again while its own limits were being written ({}); they are written "
                    + "again at its next power-up, and the bench limits are enforced by PhotonLab meanwhile",
                    spec.name(), e.getMessage());
        }
    }

    /** Writes one kept entry and returns what the module then holds: VMAX (V) and IMAX (mA), NaN where not set. */
    private static double[] write(Conversation c, double[] k) {
        int ch = (int) k[0];
        double[] back = {Double.NaN, Double.NaN};
        if (!Double.isNaN(k[1])) {
            c.call("VMAX" + ch + "=" + QontrolFormat.number(k[1]), QontrolReplies.OK, QontrolReplies.OK_PARSER);
            back[0] = query(c, "VMAX", ch);
        }
        if (!Double.isNaN(k[2])) {
            c.call("IMAX" + ch + "=" + QontrolFormat.number(k[2]), QontrolReplies.OK, QontrolReplies.OK_PARSER);
            back[1] = query(c, "IMAX", ch);
        }
        return back;
    }

    private static double query(Conversation c, String header, int ch) {
        return c.call(header + ch + "?", QontrolReplies.lines(1, "one fixed-point value"), QontrolReplies.NUMBERS)[0];
    }

    private synchronized List<double[]> snapshot() {
        return kept;
    }
}
