package org.photonlab.hal.time;

/**
 * A bench-time total and its breakdown, s, with the counts behind it. Immutable.
 *
 * @param linkS        commands and replies on the device links
 * @param settleS      DAC updates, thermal settles and ramp spacing waited
 * @param acquisitionS detector integration and averaging, projector frames
 * @param writes       DAC write commands
 * @param acquisitions detector acquisitions
 */
public record BenchTimeReport(double linkS, double settleS, double acquisitionS, long writes, long acquisitions) {
    /** Nothing spent. */
    public static final BenchTimeReport ZERO = new BenchTimeReport(0, 0, 0, 0, 0);

    /** The total bench time, s. */
    public double benchS() {
        return linkS + settleS + acquisitionS;
    }

    /** What was spent between {@code earlier} and this. */
    public BenchTimeReport since(BenchTimeReport earlier) {
        return new BenchTimeReport(linkS - earlier.linkS, settleS - earlier.settleS,
                acquisitionS - earlier.acquisitionS, writes - earlier.writes, acquisitions - earlier.acquisitions);
    }

    /** This and {@code other} together. */
    public BenchTimeReport plus(BenchTimeReport other) {
        return new BenchTimeReport(linkS + other.linkS, settleS + other.settleS, acquisitionS + other.acquisitionS,
                writes + other.writes, acquisitions + other.acquisitions);
    }
}
