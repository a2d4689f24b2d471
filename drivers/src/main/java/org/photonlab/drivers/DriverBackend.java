package org.photonlab.drivers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.photonlab.drivers.lease.DeviceLock;
import org.photonlab.drivers.link.BenchLiveness;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * The devices one driver backend opened for a bench. Readout is declared deterministic only when every detector's
 * bench options say {@code deterministic_readout: true} (a wire simulator without noise), since a driver cannot
 * know that about the instrument on its own.
 */
final class DriverBackend implements Backend {
    private final Map<String, DacDevice> dacs = new LinkedHashMap<>();
    private final Map<String, DetectorDevice> detectors = new LinkedHashMap<>();
    private final java.util.List<DeviceLock> locks = new java.util.ArrayList<>();
    private final BenchLiveness liveness;
    private boolean deterministic = true;
    private boolean closed;

    DriverBackend(BenchLiveness liveness) {
        this.liveness = liveness;
    }

    /** A device's host-side lock, released after every device has closed. */
    void add(DeviceLock lock) {
        locks.add(lock);
    }

    void add(DacDevice d) {
        dacs.put(d.name(), d);
    }

    void add(DetectorDevice d, boolean deterministicReadout) {
        detectors.put(d.name(), d);
        deterministic &= deterministicReadout;
    }

    @Override
    public Optional<DacDevice> dac(String device) {
        return Optional.ofNullable(dacs.get(device));
    }

    @Override
    public Optional<DetectorDevice> detector(String device) {
        return Optional.ofNullable(detectors.get(device));
    }

    @Override
    public boolean deterministicReadout() {
        return deterministic;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        liveness.release();
        RuntimeException first = null;
        for (AutoCloseable c : concat()) {
            try {
                c.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            } catch (Exception e) {
                first = first == null ? new RuntimeException(e) : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private java.util.List<AutoCloseable> concat() {
        java.util.List<AutoCloseable> all = new java.util.ArrayList<>(dacs.values());
        all.addAll(detectors.values());
        all.addAll(locks); // last: no one else may write before the devices are in their safe state and closed
        return all;
    }
}
