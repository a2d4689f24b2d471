/**
 * Operator commands for a bench and the wire simulator: {@code bench check}, {@code dac set|get}, {@code pd read}
 * and {@code sim serve}. Register {@link org.photonlab.app.bench.BenchCommand}, {@link
 * org.photonlab.app.bench.DacCommand}, {@link org.photonlab.app.bench.PdCommand} and {@link
 * org.photonlab.app.bench.SimCommand} in the root command.
 */
package org.photonlab.app.bench;
