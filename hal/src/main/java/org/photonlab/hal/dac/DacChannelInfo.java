package org.photonlab.hal.dac;

/**
 * Static description of one DAC channel.
 *
 * @param index      0-based channel index within its bank
 * @param id         human-readable identity, e.g. {@code dac0[17]}
 * @param limits     safe operating range, enforced by {@link DacBank}
 * @param resolution code-to-volts law
 * @param safeVolts  the output the channel is put to on close and on faults (normally 0 V)
 */
public record DacChannelInfo(int index, String id, ChannelLimits limits, DacResolution resolution, double safeVolts) {
}
