package org.photonlab.hal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;

class DeviceTimingTest {
    @Test
    void serialLinkCostIsTenBitsPerByteAtTheBaudRatePlusProcessingPerExchange() {
        DeviceTiming dac = DeviceTiming.defaults(DeviceKind.DAC);
        assertEquals(DeviceTiming.Link.SERIAL, dac.link());
        // 2 exchanges, 24 bytes at 115200 baud 8N1: 240 bits / 115200 + 2 x 0.1 ms
        assertEquals(240.0 / 115_200 + 2e-4, dac.linkSeconds(2, 24), 1e-15);
    }

    @Test
    void tcpLinkCostIsTheRoundTripPerExchangeWhateverTheBytes() {
        DeviceTiming pd = DeviceTiming.defaults(DeviceKind.DETECTOR);
        assertEquals(DeviceTiming.Link.TCP, pd.link());
        assertEquals(3 * 0.5e-3, pd.linkSeconds(3, 1_000_000), 1e-15);
        assertEquals(1e-3, pd.acquisitionSeconds(), 1e-15);
    }

    @Test
    void aWriteSettlesWithinOneLsbInTauTimesLnOfTwoToTheBits() {
        DeviceTiming t = DeviceTiming.read("t", DeviceKind.DAC, Map.of("settle_tau_us", 100));
        assertEquals(100e-6 * Math.log(256), t.settleSeconds(8), 1e-15);
        assertEquals(100e-6 * Math.log(65536), t.settleSeconds(0), 1e-15, "an analog converter counts 16 bits");
    }

    @Test
    void givenKeysOverrideTheDefaultsInBenchFileUnits() {
        DeviceTiming t = DeviceTiming.read("d", DeviceKind.DETECTOR, Map.of("link", "serial", "baud", 9600,
                "integration_ms", 2.5, "averages", 4, "processing_ms", 1));
        assertEquals(DeviceTiming.Link.SERIAL, t.link());
        assertEquals(10e-3, t.acquisitionSeconds(), 1e-15);
        assertEquals(1e-3 + 96.0 * 10 / 9600, t.linkSeconds(1, 96), 1e-15);
        assertEquals(t, DeviceTiming.read("d", DeviceKind.DETECTOR, t.asYaml(DeviceKind.DETECTOR)),
                "what is written reads back the same");
    }

    @Test
    void unknownKeysAndBadValuesAreRefusedNamingThem() {
        BenchConfigException unknown = assertThrows(BenchConfigException.class,
                () -> DeviceTiming.read("devices.pd.timing", DeviceKind.DETECTOR, Map.of("settle_tau_us", 5)));
        assertTrue(unknown.getMessage().contains("settle_tau_us"), unknown.getMessage());
        BenchConfigException negative = assertThrows(BenchConfigException.class,
                () -> DeviceTiming.read("devices.dac.timing", DeviceKind.DAC, Map.of("update_us", -1)));
        assertTrue(negative.getMessage().contains("update_us"), negative.getMessage());
        assertThrows(BenchConfigException.class,
                () -> DeviceTiming.read("x", DeviceKind.DAC, Map.of("link", "usb")));
        assertThrows(BenchConfigException.class,
                () -> DeviceTiming.read("x", DeviceKind.DAC, Map.of("baud", 0)));
    }

    @Test
    void aProjectorTakesOnlyTheLinkKeys() {
        assertThrows(BenchConfigException.class,
                () -> DeviceTiming.read("p", DeviceKind.PROJECTOR, Map.of("integration_ms", 1)));
        assertEquals(0.0, DeviceTiming.defaults(DeviceKind.PROJECTOR).linkSeconds(10, 10));
    }
}
