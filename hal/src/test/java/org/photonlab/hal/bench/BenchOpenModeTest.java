package org.photonlab.hal.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.DuplicateProviderException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.testing.FakeBackendProvider;
import org.photonlab.hal.testing.RecordingDacDevice;

/** What each {@link OpenMode} writes at open, in between and at close, and opening a subset of the devices. */
class BenchOpenModeTest {
    private static final ChannelLimits LIMITS = new ChannelLimits(0, 10, 1, 1000);
    private static final DacResolution DAC = new DacResolution(16, 10, DacResolution.Transfer.VOLTAGE);

    private static BenchDescription bench() {
        return BenchDescription.builder("modes")
                .device(DeviceSpec.dac("a", "fake", 3, LIMITS, DAC, Map.of()))
                .device(DeviceSpec.dac("b", "fake", 2, LIMITS, DAC, Map.of()))
                .build();
    }

    private static Bench open(FakeBackendProvider fake, OpenMode mode) {
        return Bench.with(bench()).mode(mode).providers(List.of(fake)).open();
    }

    @Test
    void controlZeroesOnOpenAndOnClose() {
        FakeBackendProvider fake = new FakeBackendProvider("fake");
        Bench bench = open(fake, OpenMode.CONTROL);
        assertEquals(1, fake.dacs().get("a").writes().size(), "safe state on open");
        bench.dac("a").set(1, 2.5);
        bench.close();
        assertEquals(3, fake.dacs().get("a").writes().size(), "safe state on close");
        assertArrayEquals(new double[] {0, 0, 0}, fake.dacs().get("a").setpoints());
    }

    @Test
    void observeNeverWritesAndRefusesWritesNamingTheMode() {
        FakeBackendProvider fake = new FakeBackendProvider("fake");
        Bench bench = open(fake, OpenMode.OBSERVE);
        RecordingDacDevice a = fake.dacs().get("a");
        a.setpoints()[2] = 4.0; // what an earlier manual setting left on the device
        assertEquals(4.0, bench.dac("a").read(2));
        LabException set = assertThrows(LabException.class, () -> bench.dac("a").set(0, 1.0));
        assertTrue(set.getMessage().contains("'a' is open in observe mode"), set.getMessage());
        assertThrows(LabException.class, bench::safeState);
        bench.close();
        assertTrue(a.writes().isEmpty() && fake.dacs().get("b").writes().isEmpty(), "nothing written at all");
        assertEquals(4.0, a.setpoints()[2]);
        assertTrue(a.isClosed() && fake.backendClosed());
    }

    @Test
    void manualWritesButLeavesEveryChannelAsItIsOnOpenAndClose() {
        FakeBackendProvider fake = new FakeBackendProvider("fake");
        Bench bench = open(fake, OpenMode.MANUAL);
        fake.dacs().get("b").setpoints()[0] = 3.0;
        assertEquals(DAC.quantize(2.5), bench.dac("a").set(1, 2.5));
        assertThrows(LabException.class, () -> bench.dac("a").set(1, 11.0), "limits still apply");
        bench.close();
        assertEquals(1, fake.dacs().get("a").writes().size(), "only the manual write");
        assertTrue(fake.dacs().get("b").writes().isEmpty());
        assertEquals(DAC.quantize(2.5), fake.dacs().get("a").setpoints()[1]);
        assertEquals(3.0, fake.dacs().get("b").setpoints()[0]);
    }

    @Test
    void onlyOpensTheNamedDevicesAndRefusesAnUnknownName() {
        FakeBackendProvider fake = new FakeBackendProvider("fake");
        try (Bench bench = Bench.with(bench()).mode(OpenMode.OBSERVE).only(List.of("b")).providers(List.of(fake))
                .open()) {
            assertEquals(List.of("b"), List.copyOf(fake.dacs().keySet()));
            assertThrows(BenchConfigException.class, () -> bench.dac("a"));
        }
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> Bench.with(bench()).only(List.of("c")));
        assertTrue(e.getMessage().contains("no device 'c'"), e.getMessage());
    }

    @Test
    void twoGivenProvidersWithOneIdAreRefused() {
        assertThrows(DuplicateProviderException.class, () -> Bench.open(bench(),
                List.of(new FakeBackendProvider("fake"), new FakeBackendProvider("fake"))));
    }
}
