/**
 * DAC channels in volts: phase-shifter heaters and input modulators. {@link org.photonlab.hal.dac.DacBank} is what
 * callers use; it enforces every channel's limits and rounds to the channel's DAC code before anything reaches a
 * backend's {@link org.photonlab.hal.spi.DacDevice}.
 */
package org.photonlab.hal.dac;
