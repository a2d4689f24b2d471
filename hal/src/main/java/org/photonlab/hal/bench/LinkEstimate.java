package org.photonlab.hal.bench;

/**
 * The link traffic the bench-time model charges for a device whose backend does not count its own bytes (the
 * in-process simulator): the exchanges and bytes the shipped drivers send for the same call, in the vendor formats
 * the simulated devices stand for. A DAC is a Qontrol chain (8 channels per module; one {@code V<ch>=<v>} or
 * {@code VVEC<lo>=v,…} per module touched, answered {@code OK}; read-back {@code V<ch>?} for up to two channels, else
 * {@code Vall?} over the whole chain); a detector is an SCPI meter ({@code MEAS:POW? (@lo:hi)} answered with one NR3
 * value per channel). Values are counted at {@link #VALUE_BYTES} characters. Stateless.
 */
final class LinkEstimate {
    /** Characters of one value as the drivers format it ({@code 1.2345}, {@code 1.234567E-03} is 12). */
    static final int VALUE_BYTES = 6;
    /** Characters of one SCPI NR3 reading plus its separator. */
    static final int NR3_BYTES = 13;
    static final int CHANNELS_PER_MODULE = 8;

    private LinkEstimate() {
    }

    /** Exchanges and bytes of one call. */
    record Traffic(long exchanges, long bytes) {
    }

    /** A DAC write of {@code channels}: one command per module touched. */
    static Traffic dacWrite(int[] channels) {
        long exchanges = 0;
        long bytes = 0;
        int modules = 0;
        for (int ch : channels) {
            modules = Math.max(modules, ch / CHANNELS_PER_MODULE + 1);
        }
        int[] lo = new int[modules];
        int[] hi = new int[modules];
        int[] count = new int[modules];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, -1);
        for (int ch : channels) {
            int m = ch / CHANNELS_PER_MODULE;
            lo[m] = Math.min(lo[m], ch);
            hi[m] = Math.max(hi[m], ch);
            count[m]++;
        }
        for (int m = 0; m < modules; m++) {
            if (count[m] == 0) {
                continue;
            }
            exchanges++;
            if (count[m] == 1) {
                bytes += 1 + digits(lo[m]) + 1 + VALUE_BYTES + 1; // V<ch>=<v>\n
            } else {
                int span = hi[m] - lo[m] + 1;
                bytes += 4 + digits(lo[m]) + 1 + span * (VALUE_BYTES + 1); // VVEC<lo>=v,v,…\n
            }
            bytes += 3; // OK\n
        }
        return new Traffic(exchanges, bytes);
    }

    /** A DAC read-back of {@code channels} on a device of {@code deviceChannels}. */
    static Traffic dacRead(int[] channels, int deviceChannels) {
        if (channels.length > 2) {
            return new Traffic(1, 6 + (long) deviceChannels * (VALUE_BYTES + 1)); // Vall?\n, one value per line
        }
        long bytes = 0;
        for (int ch : channels) {
            bytes += 1 + digits(ch) + 2 + VALUE_BYTES + 1; // V<ch>?\n and <v>\n
        }
        return new Traffic(channels.length, bytes);
    }

    /** A detector acquisition of {@code channels}. */
    static Traffic detectorRead(int[] channels) {
        int lo = Integer.MAX_VALUE;
        int hi = 0;
        for (int ch : channels) {
            lo = Math.min(lo, ch);
            hi = Math.max(hi, ch);
        }
        long request = 13 + (channels.length == 0 ? 0 : digits(lo) + 1 + digits(hi)); // MEAS:POW? (@lo:hi)\n
        return new Traffic(1, request + (long) channels.length * NR3_BYTES);
    }

    private static int digits(int v) {
        return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : Integer.toString(v).length();
    }
}
