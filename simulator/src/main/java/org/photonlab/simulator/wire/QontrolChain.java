package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.DacDevice;

/**
 * A daisy chain of 8-channel Qontrol modules (Q8iv by default) driving heaters, as the hardware behaves:
 *
 * <ul>
 *   <li>each output is a DAC over the module's full scale (16-bit, 12 V for a Q8iv, or the bench's resolution);
 *       a set is rounded to the DAC code, and rounding an already-rounded value gives it back unchanged;</li>
 *   <li>each channel has VMAX (default the full scale) and IMAX (default the current full scale);</li>
 *   <li>the heater current is V/R with the channel's heater resistance, so {@code I?} and power are physical;</li>
 *   <li>a set beyond VMAX is refused with over-voltage, one whose current would exceed IMAX with over-current,
 *       and the channel keeps its old value; a vector write is applied wholly or not at all.</li>
 * </ul>
 *
 * Setpoints of the first {@code physics.channelCount()} channels are forwarded to the chip model. Thread-safe.
 */
public final class QontrolChain {
    /** Channels per module. */
    public static final int MODULE_CHANNELS = 8;

    /** Why a set was refused: the error code and channel of the error line. */
    public record Refusal(int code, int channel) {
    }

    private final String type;
    private final int firstSerial;
    private final int modules;
    private final DacResolution dac;
    private final double fullScaleV;
    private final double fullScaleMa;
    private final double heaterOhm;
    private final boolean bipolar;
    private final DacDevice physics;
    private final double[] volts;
    private final double[] vmax;
    private final double[] imaxMa;

    /**
     * @param identity  identity of the first module, {@code <type>-<hex serial>}; the next modules count up
     * @param channels  channels needed; rounded up to whole modules
     * @param dac       the DAC law of every output
     * @param fullScaleV the module's full scale ({@code vfull?}) and default VMAX, V
     * @param heaterOhm heater resistance of every channel, Ω
     * @param physics   the chip's DAC device the setpoints drive
     */
    public QontrolChain(String identity, int channels, DacResolution dac, double fullScaleV, double fullScaleMa,
                        double heaterOhm, boolean bipolar, DacDevice physics) {
        int dash = identity.lastIndexOf('-');
        this.type = identity.substring(0, dash);
        this.firstSerial = Integer.parseInt(identity.substring(dash + 1), 16);
        this.modules = (channels + MODULE_CHANNELS - 1) / MODULE_CHANNELS;
        this.dac = dac;
        this.fullScaleV = fullScaleV;
        this.fullScaleMa = fullScaleMa;
        this.heaterOhm = heaterOhm;
        this.bipolar = bipolar;
        this.physics = physics;
        int n = modules * MODULE_CHANNELS;
        this.volts = new double[n];
        this.vmax = new double[n];
        this.imaxMa = new double[n];
        resetLimits();
    }

    private void resetLimits() {
        Arrays.fill(vmax, fullScaleV);
        Arrays.fill(imaxMa, fullScaleMa);
    }

    public int channels() {
        return volts.length;
    }

    public int modules() {
        return modules;
    }

    /** Identity of module {@code i}. */
    public String identity(int i) {
        return String.format("%s-%04X", type, firstSerial + i);
    }

    public double fullScaleVolts() {
        return fullScaleV;
    }

    public double fullScaleMilliamps() {
        return fullScaleMa;
    }

    public synchronized double volts(int ch) {
        return volts[ch];
    }

    /** Heater current, mA. */
    public synchronized double milliamps(int ch) {
        return volts[ch] / heaterOhm * 1000.0;
    }

    public synchronized double vmax(int ch) {
        return vmax[ch];
    }

    public synchronized double imax(int ch) {
        return imaxMa[ch];
    }

    /** Sets consecutive channels from {@code first}; all or none. Returns the refusal, or null when applied. */
    public synchronized Refusal setVolts(int first, double[] values) {
        double[] q = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int ch = first + i;
            double v = values[i];
            if (Double.isNaN(v) || Double.isInfinite(v) || (!bipolar && v < 0)) {
                return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.BAD_PARAMETER, ch);
            }
            if (Math.abs(v) > vmax[ch]) {
                return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.OVER_VOLTAGE, ch);
            }
            q[i] = dac.quantize(v);
            if (Math.abs(q[i]) > vmax[ch]) {
                return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.OVER_VOLTAGE, ch);
            }
            if (Math.abs(q[i]) / heaterOhm * 1000.0 > imaxMa[ch]) {
                return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.OVER_CURRENT, ch);
            }
        }
        System.arraycopy(q, 0, volts, first, q.length);
        forward(first, q.length);
        return null;
    }

    /** Sets a channel by heater current, mA. */
    public synchronized Refusal setMilliamps(int ch, double ma) {
        return setVolts(ch, new double[] {ma / 1000.0 * heaterOhm});
    }

    /** Sets VMAX; refused (bad parameter) outside (0, full scale]. */
    public synchronized Refusal setVmax(int ch, double v) {
        if (!(v > 0 && v <= fullScaleV)) {
            return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.BAD_PARAMETER, ch);
        }
        vmax[ch] = v;
        return null;
    }

    /** Sets IMAX, mA; refused outside (0, full scale]. */
    public synchronized Refusal setImax(int ch, double ma) {
        if (!(ma > 0 && ma <= fullScaleMa)) {
            return new Refusal(org.photonlab.protocols.qontrol.QontrolFormat.BAD_PARAMETER, ch);
        }
        imaxMa[ch] = ma;
        return null;
    }

    /** Power loss and reboot: every output at 0 V, limits back to their defaults. */
    public synchronized void powerCycle() {
        Arrays.fill(volts, 0.0);
        resetLimits();
        forward(0, volts.length);
    }

    /**
     * One step of a ramp to 0 V: every output moves {@code 1/stepsLeft} of the way to zero (rounded to the DAC
     * code); returns true once all are at zero.
     */
    public synchronized boolean rampStep(int stepsLeft) {
        boolean allZero = true;
        for (int ch = 0; ch < volts.length; ch++) {
            double next = stepsLeft <= 1 ? 0.0 : dac.quantize(volts[ch] * (stepsLeft - 1) / stepsLeft);
            volts[ch] = next;
            allZero &= next == 0.0;
        }
        forward(0, volts.length);
        return allZero;
    }

    /** True when every output is at 0 V. */
    public synchronized boolean atZero() {
        for (double v : volts) {
            if (v != 0.0) {
                return false;
            }
        }
        return true;
    }

    private void forward(int first, int count) {
        int limit = Math.min(first + count, physics.channelCount());
        if (limit <= first) {
            return;
        }
        List<Integer> chs = new ArrayList<>();
        for (int ch = first; ch < limit; ch++) {
            chs.add(ch);
        }
        int[] c = new int[chs.size()];
        double[] v = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = chs.get(i);
            v[i] = volts[c[i]];
        }
        physics.write(c, v);
    }
}
