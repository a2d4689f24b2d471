/**
 * The photonic core as the trainer sees it: {@link org.photonlab.hal.core.PhotonicCore}, the contract (phases in,
 * outputs out, no channel numbers or volts), with {@link org.photonlab.hal.core.SvdCore} W = U·diag(σ)·V as today's
 * shape. Phases become volts through a per-heater {@link org.photonlab.hal.core.HeaterLaw} and a
 * {@link org.photonlab.hal.core.CrosstalkCompensation}, which a calibration replaces.
 */
package org.photonlab.hal.core;
