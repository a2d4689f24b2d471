package org.photonlab.hal.bench;

import java.util.Map;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;

/**
 * One device of a bench description.
 *
 * @param name       unique device name
 * @param kind       device family
 * @param backend    id of the {@link org.photonlab.hal.spi.BackendProvider} that serves it ({@code sim}, ...)
 * @param channels   number of channels (DAC or detector), 0 for a projector
 * @param limits     DAC only: limits of every channel without an entry in {@code channelLimits}
 * @param resolution DAC only: code-to-volts law of every channel
 * @param safeVolts  DAC only: the safe-state output, V
 * @param unit       detector only: what a reading means
 * @param adc        detector only: the ADC behind every channel
 * @param options    backend-specific settings (transport, address, identity, ...), never null
 * @param channelLimits DAC only: channel index → limits of that channel where they differ from {@code limits};
 *                      never null (empty: every channel has {@code limits})
 * @param timing     what the device costs in bench time (null: the defaults of its kind)
 */
public record DeviceSpec(String name, DeviceKind kind, String backend, int channels, ChannelLimits limits,
                         DacResolution resolution, double safeVolts, ReadoutUnit unit, AdcResolution adc,
                         Map<String, Object> options, Map<Integer, ChannelLimits> channelLimits,
                         DeviceTiming timing) {
    public DeviceSpec {
        timing = timing != null ? timing : kind == null ? null : DeviceTiming.defaults(kind);
        options = Map.copyOf(options == null ? Map.of() : options);
        channelLimits = Map.copyOf(channelLimits == null ? Map.of() : channelLimits);
        for (Integer ch : channelLimits.keySet()) {
            if (ch < 0 || ch >= channels) {
                throw new BenchConfigException("device '" + name + "': limits given for channel " + ch
                        + "; expected a channel in 0.." + (channels - 1));
            }
        }
    }

    /** A device with the default timing of its kind. */
    public DeviceSpec(String name, DeviceKind kind, String backend, int channels, ChannelLimits limits,
                      DacResolution resolution, double safeVolts, ReadoutUnit unit, AdcResolution adc,
                      Map<String, Object> options, Map<Integer, ChannelLimits> channelLimits) {
        this(name, kind, backend, channels, limits, resolution, safeVolts, unit, adc, options, channelLimits, null);
    }

    /** A device whose channels all have {@code limits}. */
    public DeviceSpec(String name, DeviceKind kind, String backend, int channels, ChannelLimits limits,
                      DacResolution resolution, double safeVolts, ReadoutUnit unit, AdcResolution adc,
                      Map<String, Object> options) {
        this(name, kind, backend, channels, limits, resolution, safeVolts, unit, adc, options, Map.of());
    }

    /** DAC only: the limits of channel {@code channel}, its own entry or the device's default. */
    public ChannelLimits limits(int channel) {
        ChannelLimits own = channelLimits.get(channel);
        return own != null ? own : limits;
    }

    /** The same device with per-channel limits (channel index → limits; replaces any given before). */
    public DeviceSpec withChannelLimits(Map<Integer, ChannelLimits> perChannel) {
        return new DeviceSpec(name, kind, backend, channels, limits, resolution, safeVolts, unit, adc, options,
                perChannel, timing);
    }

    /** The same device with another bench-time model. */
    public DeviceSpec withTiming(DeviceTiming t) {
        return new DeviceSpec(name, kind, backend, channels, limits, resolution, safeVolts, unit, adc, options,
                channelLimits, t);
    }

    /** The same device with other backend options (timing and limits kept). */
    public DeviceSpec withOptions(String otherBackend, Map<String, Object> otherOptions) {
        return new DeviceSpec(name, kind, otherBackend, channels, limits, resolution, safeVolts, unit, adc,
                otherOptions, channelLimits, timing);
    }

    /** A DAC device. */
    public static DeviceSpec dac(String name, String backend, int channels, ChannelLimits limits,
                                 DacResolution resolution, Map<String, Object> options) {
        return new DeviceSpec(name, DeviceKind.DAC, backend, channels, limits, resolution, 0.0, null, null, options);
    }

    /** A detector array. */
    public static DeviceSpec detector(String name, String backend, int channels, ReadoutUnit unit, AdcResolution adc,
                                      Map<String, Object> options) {
        return new DeviceSpec(name, DeviceKind.DETECTOR, backend, channels, null, null, 0.0, unit, adc, options);
    }

    /** A random-projection device. */
    public static DeviceSpec projector(String name, String backend, Map<String, Object> options) {
        return new DeviceSpec(name, DeviceKind.PROJECTOR, backend, 0, null, null, 0.0, null, null, options);
    }

    /** A string option, or {@code fallback} when absent. */
    public String option(String key, String fallback) {
        Object v = options.get(key);
        return v == null ? fallback : v.toString();
    }
}
