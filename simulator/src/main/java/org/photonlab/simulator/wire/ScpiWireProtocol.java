package org.photonlab.simulator.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.photonlab.hal.spi.OptionValues;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DetectorDevice;

/**
 * Wire protocol {@code scpi}: a detector device served as a SCPI power meter (TCP ports 5025, 5026, ...). Option:
 * {@code identity} (default {@code PHOTONLAB,PM<channels>,0001,1.0}, then 0002, ...). Clients are told the readout
 * is deterministic exactly when the physics behind it is (the wire adds no noise).
 */
public final class ScpiWireProtocol implements WireProtocol {
    public static final String ID = "scpi";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DETECTOR;
    }

    @Override
    public int defaultPort(int index) {
        return 5025 + index;
    }

    @Override
    public ServedDevice serve(DeviceSpec d, int index, Backend physics, ScheduledExecutorService timers) {
        DetectorDevice det = physics.detector(d.name()).orElseThrow(() -> WireSimulator.missing(d));
        OptionValues o = WireDeviceOptions.read(d);
        String id = o.text("identity", String.format("PHOTONLAB,PM%d,%04d,1.0", d.channels(), index + 1));
        ScpiPowerMeter meter = new ScpiPowerMeter(id, det, d.adc().range());
        WireDevice device = new WireDevice(d.name(), ID, meter, FaultPlan.fromOptions(d.name(), o));
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("identity", meter.identity());
        client.put("deterministic_readout", physics.deterministicReadout());
        return new ServedDevice(device, "*IDN?", client, () -> { });
    }
}
