package org.photonlab.hal.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * A backend provider with any id whose DACs are {@link RecordingDacDevice}s and whose detectors read 0. It keeps the
 * devices it opened so a test can inspect them after the bench is closed.
 */
public final class FakeBackendProvider implements BackendProvider {
    private final String id;
    private final Map<String, RecordingDacDevice> dacs = new LinkedHashMap<>();
    private boolean backendClosed;

    public FakeBackendProvider(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        for (DeviceSpec d : devices) {
            if (d.kind() == org.photonlab.hal.bench.DeviceKind.DAC) {
                dacs.put(d.name(), new RecordingDacDevice(d.name(), d.channels()));
            }
        }
        return new Backend() {
            @Override
            public Optional<DacDevice> dac(String device) {
                return Optional.ofNullable(dacs.get(device));
            }

            @Override
            public Optional<DetectorDevice> detector(String device) {
                for (DeviceSpec d : devices) {
                    if (d.name().equals(device)) {
                        return Optional.of(new ZeroDetector(d.name(), d.channels()));
                    }
                }
                return Optional.empty();
            }

            @Override
            public void close() {
                backendClosed = true;
            }
        };
    }

    public Map<String, RecordingDacDevice> dacs() {
        return dacs;
    }

    public boolean backendClosed() {
        return backendClosed;
    }

    private record ZeroDetector(String name, int channelCount) implements DetectorDevice {
        @Override
        public double[] read(int[] channels) {
            return new double[channels.length];
        }

        @Override
        public void close() {
        }
    }
}
