package org.photonlab.hal.dac;

import org.photonlab.hal.LimitViolationException;

/**
 * The one check every DAC value goes through before any device sees it, whatever the path (a bank's set, vector
 * write and safe state, a core's phases, a backend's batch fast path): the request must be finite and within the
 * channel's limits, it must have a DAC code (nothing beyond the full scale: rounding never clips), and the rounded
 * value, which is what the device outputs, must be within the limits too. A refusal quotes the requested value, the
 * rounded one the check ran on, and the limit. Stateless and thread-safe.
 */
public final class OutputCheck {
    private OutputCheck() {
    }

    /**
     * The volts channel {@code id} outputs for a request of {@code requested} V.
     *
     * @throws LimitViolationException when the request is refused; nothing has been written
     */
    public static double output(String id, ChannelLimits limits, DacResolution resolution, double requested) {
        String bad = limits.violation(requested);
        if (bad != null) {
            throw new LimitViolationException(id, requested, requested, bad);
        }
        double applied = resolution.quantize(requested);
        bad = resolution.fullScaleViolation(requested);
        if (bad == null) {
            bad = limits.violation(applied);
        }
        if (bad != null) {
            throw new LimitViolationException(id, requested, applied, bad);
        }
        return applied;
    }

    /** {@link #output} for a channel described by {@code info}. */
    public static double output(DacChannelInfo info, double requested) {
        return output(info.id(), info.limits(), info.resolution(), requested);
    }
}
