package org.photonlab.app.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;

/** Fills in a command's default for one device option that the bench file leaves out. */
public final class BenchDefaults {
    private BenchDefaults() {
    }

    /**
     * {@code bench} with option {@code key} of device {@code device} set to {@code value}, unless the bench already
     * sets it (then {@code bench} itself). Device order, cores and physics are kept.
     */
    public static BenchDescription withDefault(BenchDescription bench, String device, String key, Object value) {
        DeviceSpec given = bench.device(device);
        if (given.options().containsKey(key)) {
            return bench;
        }
        Map<String, Object> o = new LinkedHashMap<>(given.options());
        o.put(key, value);
        BenchDescription.Builder b = BenchDescription.builder(bench.name());
        for (DeviceSpec d : bench.devices().values()) {
            b.device(d != given ? d : new DeviceSpec(d.name(), d.kind(), d.backend(), d.channels(), d.limits(),
                    d.resolution(), d.safeVolts(), d.unit(), d.adc(), o));
        }
        bench.cores().forEach(b::core);
        bench.meshes().forEach(b::mesh);
        return b.physics(bench.physics()).build();
    }
}
