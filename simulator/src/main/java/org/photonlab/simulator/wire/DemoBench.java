package org.photonlab.simulator.wire;

import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.benchfile.BenchYaml;

/**
 * The bench {@code sim serve} uses without {@code --bench}: one 8×8 mesh core. Its U/V heaters (56 channels) are a
 * chain of seven Q8iv modules, its Σ and sign heaters (12) a chain of two, its input modulators (8, bipolar) one
 * module, and its 8 outputs a SCPI power meter with a 16-bit ADC. Heater DACs are linear in power, as in the chip
 * simulator's standard benches (phase step 2π/255 and π/255).
 */
public final class DemoBench {
    /** The demo bench as a bench file. */
    public static final String YAML = """
            name: wire-demo-k8
            devices:
              mesh_dac:
                kind: dac
                backend: qontrol-tcp
                channels: 56
                resolution: {bits: 8, full_scale_v: 6.165971131946695, transfer: power}
                limits: {min_v: 0.0, max_v: 6.165971131946695, max_power_w: 0.125, load_ohm: 1000.0}
                options: {host: 127.0.0.1, port: 10001, identity: Q8iv-01A0}
              sigma_dac:
                kind: dac
                backend: qontrol-tcp
                channels: 12
                resolution: {bits: 8, full_scale_v: 4.36, transfer: power}
                limits: {min_v: 0.0, max_v: 4.36, max_power_w: 0.125, load_ohm: 1000.0}
                options: {host: 127.0.0.1, port: 10002, identity: Q8iv-01B0}
              modulators:
                kind: dac
                backend: qontrol-tcp
                channels: 8
                resolution: {bits: 0, full_scale_v: 1.0}
                limits: {min_v: -10.0, max_v: 10.0}
                options: {host: 127.0.0.1, port: 10003, identity: Q8iv-01C0, bipolar: true}
              detectors:
                kind: detector
                backend: scpi-tcp
                channels: 8
                unit: coherent
                adc: {bits: 16, range: 10.0}
                options: {host: 127.0.0.1, port: 5025, identity: "PHOTONLAB,PM8,0001,1.0"}
            cores:
              - contiguous: {count: 1, size: 8, dac: mesh_dac, sigma_dac: sigma_dac, input_dac: modulators,
                             detector: detectors, gamma: 0.16526348021998322}
            physics:
              seed: 1
            """;

    private DemoBench() {
    }

    public static BenchDescription description() {
        return BenchYaml.parse(YAML, "built-in demo bench");
    }
}
