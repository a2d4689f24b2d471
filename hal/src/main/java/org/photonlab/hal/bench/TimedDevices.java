package org.photonlab.hal.bench;

import org.photonlab.hal.detect.DetectorReading;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.time.BenchTime;
import org.photonlab.hal.time.BenchTime.Category;

/**
 * The bench-time model at the SPI: decorators that charge each raw device call to the bench's {@link BenchTime}
 * from the device's {@link DeviceTiming}, and count writes and acquisitions. The link part is charged here only when
 * the backend does not count the bytes it really sends ({@code linkCounted} false); the device part (DAC update,
 * integration × averages) always is. The heater settle is the core's (it waits before the next reading).
 */
final class TimedDevices {
    private TimedDevices() {
    }

    /** A DAC device whose calls cost bench time. */
    static final class Dac implements DacDevice {
        private final DacDevice raw;
        private final DeviceSpec spec;
        private final BenchTime time;
        private final boolean linkCounted;

        Dac(DacDevice raw, DeviceSpec spec, BenchTime time, boolean linkCounted) {
            this.raw = raw;
            this.spec = spec;
            this.time = time;
            this.linkCounted = linkCounted;
        }

        @Override
        public String name() {
            return raw.name();
        }

        @Override
        public int channelCount() {
            return raw.channelCount();
        }

        @Override
        public void write(int[] channels, double[] volts) {
            raw.write(channels, volts);
            chargeWrite(channels);
        }

        /** What a write of {@code channels} costs, charged. */
        void chargeWrite(int[] channels) {
            time.countWrites(1);
            time.spend(Category.LINK, writeLinkSeconds(channels));
            time.spend(Category.SETTLE, spec.timing().updateS());
        }

        /** The link time this bench charges for a write of {@code channels} (0 when the backend counts it), s. */
        double writeLinkSeconds(int[] channels) {
            if (linkCounted) {
                return 0;
            }
            LinkEstimate.Traffic t = LinkEstimate.dacWrite(channels);
            return spec.timing().linkSeconds(t.exchanges(), t.bytes());
        }

        /** The link time this bench charges for a read-back of {@code channels}, s. */
        double readLinkSeconds(int[] channels) {
            if (linkCounted) {
                return 0;
            }
            LinkEstimate.Traffic t = LinkEstimate.dacRead(channels, spec.channels());
            return spec.timing().linkSeconds(t.exchanges(), t.bytes());
        }

        @Override
        public double[] read(int[] channels) {
            double[] out = raw.read(channels);
            chargeRead(channels);
            return out;
        }

        void chargeRead(int[] channels) {
            time.spend(Category.LINK, readLinkSeconds(channels));
        }

        /** Time for this DAC's output to settle within one LSB after a write, s. */
        double settleSeconds() {
            return spec.timing().settleSeconds(spec.resolution() == null ? 0 : spec.resolution().bits());
        }

        @Override
        public void close() {
            raw.close();
        }
    }

    /** A detector device whose acquisitions cost bench time. */
    static final class Detector implements DetectorDevice {
        private final DetectorDevice raw;
        private final DeviceSpec spec;
        private final BenchTime time;
        private final boolean linkCounted;

        Detector(DetectorDevice raw, DeviceSpec spec, BenchTime time, boolean linkCounted) {
            this.raw = raw;
            this.spec = spec;
            this.time = time;
            this.linkCounted = linkCounted;
        }

        @Override
        public String name() {
            return raw.name();
        }

        @Override
        public int channelCount() {
            return raw.channelCount();
        }

        @Override
        public double[] read(int[] channels) {
            double[] out = raw.read(channels);
            charge(channels, 1);
            return out;
        }

        @Override
        public DetectorReading acquire(int[] channels) {
            DetectorReading r = raw.acquire(channels);
            charge(channels, 1);
            return r;
        }

        /** What {@code n} acquisitions of {@code channels} cost, charged. */
        void charge(int[] channels, long n) {
            time.countAcquisitions(n);
            if (!linkCounted) {
                LinkEstimate.Traffic t = LinkEstimate.detectorRead(channels);
                time.spend(Category.LINK, n * spec.timing().linkSeconds(t.exchanges(), t.bytes()));
            }
            time.spend(Category.ACQUISITION, n * spec.timing().acquisitionSeconds());
        }

        @Override
        public void close() {
            raw.close();
        }
    }

    /**
     * A backend's batch fast path charged as the bench would do it vector by vector: per vector one modulator write
     * and its read-back, the modulators' settle, one detector acquisition.
     */
    static final class Transform implements BatchCoreTransform {
        private final BatchCoreTransform raw;
        private final BenchTime time;
        private final java.util.Map<String, Core> cores = new java.util.HashMap<>();

        /** The devices of one core as the fast path uses them, with the per-vector costs worked out once. */
        record Core(Dac input, int[] inputChannels, double inputSettleS, Detector detector, int[] outputChannels,
                    double linkS, double settleS) {
            Core(Dac input, int[] inputChannels, double inputSettleS, Detector detector, int[] outputChannels) {
                this(input, inputChannels, inputSettleS, detector, outputChannels,
                        input.writeLinkSeconds(inputChannels) + input.readLinkSeconds(inputChannels),
                        input.spec.timing().updateS() + inputSettleS);
            }
        }

        Transform(BatchCoreTransform raw, BenchTime time) {
            this.raw = raw;
            this.time = time;
        }

        Transform core(String name, Core c) {
            cores.put(name, c);
            return this;
        }

        @Override
        public int transform(String core, double[] in, int n, double[] out, boolean[] overRange) {
            int flagged = raw.transform(core, in, n, out, overRange);
            Core c = cores.get(core);
            time.countWrites(n);
            time.spend(Category.LINK, n * c.linkS);
            time.spend(Category.SETTLE, n * c.settleS);
            c.detector.charge(c.outputChannels, n);
            return flagged;
        }
    }
}
