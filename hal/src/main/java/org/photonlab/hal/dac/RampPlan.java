package org.photonlab.hal.dac;

/**
 * How a DAC write becomes a ramp: the intermediate setpoints between where the channels are and where they are asked
 * to go, so that no channel moves by more than its {@link ChannelLimits#rampStepVolts()} in one device write. All
 * channels of a write move together: the write takes as many steps as its slowest channel needs, and each step moves
 * every channel the same fraction of its way, rounded to its DAC code (a value between two codes rounds to a code
 * between them, so every intermediate is within the limits when both ends are). A channel whose starting point is
 * outside its limits (someone else wrote it) goes straight to its target: no intermediate outside the limits is ever
 * written. Stateless.
 */
final class RampPlan {
    private RampPlan() {
    }

    /**
     * The device writes that take {@code chs} from {@code from} to {@code to}: {@code steps[s][i]} for channel
     * {@code chs[i]} in step s; the last step is exactly {@code to}. One step when no channel needs a ramp.
     */
    static double[][] steps(DacChannelInfo[] info, int[] chs, double[] from, double[] to) {
        int n = 1;
        for (int i = 0; i < chs.length; i++) {
            ChannelLimits l = info[chs[i]].limits();
            if (l.ramps() && !Double.isNaN(from[i])) {
                double d = Math.abs(to[i] - from[i]);
                // a guard against rounding: a move of exactly k steps takes k writes, not k + 1
                n = Math.max(n, (int) Math.min(Integer.MAX_VALUE, Math.ceil(d / l.rampStepVolts() - 1e-9)));
            }
        }
        double[][] out = new double[n][];
        for (int s = 1; s < n; s++) {
            double[] v = new double[chs.length];
            for (int i = 0; i < chs.length; i++) {
                DacChannelInfo c = info[chs[i]];
                double x = Double.isNaN(from[i]) ? to[i] : from[i] + (to[i] - from[i]) * s / n;
                double q = c.resolution().quantize(x);
                boolean allowed = c.limits().violation(q) == null && c.resolution().fullScaleViolation(x) == null;
                v[i] = allowed ? q : to[i];
            }
            out[s - 1] = v;
        }
        out[n - 1] = to.clone();
        return out;
    }

    /**
     * The time the slowest channel needs to make the move from {@code before} to {@code after} at its slew limit,
     * ns (0 when no channel has one).
     */
    static long slewNanos(DacChannelInfo[] info, int[] chs, double[] before, double[] after) {
        double seconds = 0;
        for (int i = 0; i < chs.length; i++) {
            double slew = info[chs[i]].limits().slewVoltsPerSecond();
            if (Double.isFinite(slew) && !Double.isNaN(before[i])) {
                seconds = Math.max(seconds, Math.abs(after[i] - before[i]) / slew);
            }
        }
        return (long) Math.ceil(seconds * 1e9);
    }
}
