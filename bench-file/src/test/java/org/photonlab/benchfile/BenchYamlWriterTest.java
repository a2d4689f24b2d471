package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;

class BenchYamlWriterTest {
    @Test
    void theBuiltInChipSurvivesARoundTrip() {
        BenchDescription d = StandardBenches.simulatedChip("rt", 3, 9, "phase", Map.of("seed", 5, "crosstalk", 0.01));
        BenchDescription back = BenchYaml.parse(BenchYamlWriter.write(d), "round-trip");
        assertEquals(d, back);
    }

    @Test
    void driverOptionsAdcAndScatteredChannelsSurviveARoundTrip() {
        BenchDescription d = BenchDescription.builder("wire")
                .device(DeviceSpec.dac("dac", "qontrol-tcp", 90, new ChannelLimits(0, 10.8, 0.125, 1000),
                        new DacResolution(16, 12, DacResolution.Transfer.VOLTAGE),
                        Map.of("host", "127.0.0.1", "port", 10001, "identity", "Q8iv-01A0")))
                .device(DeviceSpec.dac("mod", "qontrol-tcp", 9, new ChannelLimits(-10, 10, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY), DacResolution.ANALOG, Map.of("bipolar", true)))
                .device(DeviceSpec.detector("pd", "scpi-tcp", 9, ReadoutUnit.VOLT_COHERENT,
                        new AdcResolution(16, 10, true), Map.of("port", 5025)))
                .core(new CoreSpec("c", 9, "dac", range(50, 36), range(0, 36), "dac",
                        range(36, 9), new int[] {86, 87, 45, 89}, "mod", range(0, 9), "pd",
                        new int[] {8, 7, 6, 5, 4, 3, 2, 1, 0}, 0.16526348))
                .build();
        assertEquals(d, BenchYaml.parse(BenchYamlWriter.write(d), "round-trip"));
    }

    @Test
    void rangesAreCompact() {
        assertEquals("0..3,7,9..10", BenchYamlWriter.ranges(new int[] {0, 1, 2, 3, 7, 9, 10}));
    }

    private static int[] range(int from, int n) {
        return java.util.stream.IntStream.range(from, from + n).toArray();
    }
}
