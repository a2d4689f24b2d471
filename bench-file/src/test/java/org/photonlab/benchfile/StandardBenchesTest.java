package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.core.PhotonicCore;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.photonlab.hal.testing.FakeBackendProvider;
import org.photonlab.hal.testing.RecordingDacDevice;

class StandardBenchesTest {
    @Test
    void constants() {
        assertEquals(0.16526348021998322, StandardBenches.GAMMA, 0.0);
        assertEquals(4.36, StandardBenches.V_PI);
        assertEquals(10.8, StandardBenches.V_MAX);
    }

    @Test
    void layoutOfThreeCores() {
        int k = 9;
        BenchDescription d = StandardBenches.simulatedChip("t", 3, k, "phase", Map.of("seed", 7));
        assertEquals(List.of("mesh_dac", "sigma_dac", "modulators", "detectors"), List.copyOf(d.devices().keySet()));
        assertEquals(3 * 72, d.device("mesh_dac").channels());
        assertEquals(3 * 13, d.device("sigma_dac").channels());
        assertEquals(27, d.device("modulators").channels());
        assertEquals(27, d.device("detectors").channels());
        assertEquals(ReadoutUnit.VOLT_COHERENT, d.device("detectors").unit());
        for (DeviceSpec s : d.devices().values()) {
            assertEquals("sim", s.backend());
        }
        assertEquals(7, d.physics().get("seed"));
        CoreSpec c2 = d.core("core2");
        assertEquals(144, c2.uChannels()[0]);
        assertEquals(144 + 36, c2.vChannels()[0]);
        assertEquals(26, c2.sigmaChannels()[0]);
        assertEquals(26 + 9, c2.signChannels()[0]);
        assertArrayEquals(new int[] {18, 19, 20, 21, 22, 23, 24, 25, 26}, c2.inputChannels());
        assertEquals(18, c2.outputChannels()[0]);
        assertEquals(StandardBenches.GAMMA, c2.gamma());
    }

    @Test
    void quantizationModesChooseTheDacLaw() {
        DeviceSpec phaseMesh = StandardBenches.simulatedChip("t", 1, 4, "phase", Map.of()).device("mesh_dac");
        DeviceSpec phaseSigma = StandardBenches.simulatedChip("t", 1, 4, "phase", Map.of()).device("sigma_dac");
        assertEquals(DacResolution.Transfer.POWER, phaseMesh.resolution().transfer());
        assertEquals(Math.sqrt(2 * Math.PI / StandardBenches.GAMMA), phaseMesh.resolution().fullScaleVolts());
        assertEquals(StandardBenches.V_PI, phaseSigma.resolution().fullScaleVolts(), 1e-15);
        DeviceSpec voltMesh = StandardBenches.simulatedChip("t", 1, 4, "voltage", Map.of()).device("mesh_dac");
        assertEquals(new DacResolution(8, 10.8, DacResolution.Transfer.VOLTAGE), voltMesh.resolution());
        assertTrue(StandardBenches.simulatedChip("t", 1, 4, "none", Map.of()).device("sigma_dac").resolution()
                .isAnalog());
        // a power-law DAC cannot output more than its full scale, so the phase benches limit the heaters to it
        assertEquals(phaseMesh.resolution().fullScaleVolts(), phaseMesh.limits().maxVolts());
        assertEquals(StandardBenches.V_PI, phaseSigma.limits().maxVolts(), 1e-15);
        assertTrue(phaseMesh.limits().violation(StandardBenches.V_MAX).startsWith("max_v"));
        assertEquals(null, voltMesh.limits().violation(StandardBenches.V_MAX), "10.8 V is within every limit");
    }

    @Test
    void badArgumentsAreNamed() {
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> StandardBenches.simulatedChip("t", 1, 9, "float", Map.of()));
        assertTrue(e.getMessage().contains("'float'"), e.getMessage());
        assertThrows(BenchConfigException.class, () -> StandardBenches.simulatedChip("t", 0, 9, "phase", Map.of()));
        assertThrows(BenchConfigException.class, () -> StandardBenches.simulatedChip("t", 1, 1, "phase", Map.of()));
    }

    @Test
    void everyPhaseOfEveryQuantizationIsWithinTheChannelLimits() {
        for (String q : new String[] {"phase", "voltage", "none"}) {
            FakeBackendProvider sim = new FakeBackendProvider("sim");
            try (Bench bench = Bench.open(StandardBenches.simulatedChip("t", 1, 9, q, Map.of()), List.of(sim))) {
                PhotonicCore core = bench.core("core0");
                double[] mesh = new double[36];
                double[] sigma = new double[9];
                java.util.Arrays.fill(mesh, 2 * Math.PI - 1e-6);
                java.util.Arrays.fill(sigma, Math.PI);
                core.program(new CorePhases(mesh, mesh.clone(), sigma, new double[] {Math.PI, 0, Math.PI, 0}));
                for (double phi = -7; phi < 14; phi += 0.01) {
                    core.setPhase(CoreSection.U, 5, phi);
                    core.setPhase(CoreSection.SIGMA, 2, phi);
                }
            }
        }
    }

    @Test
    void closingTheBenchLeavesEveryDacChannelAtZero() {
        FakeBackendProvider sim = new FakeBackendProvider("sim");
        Bench bench = Bench.open(StandardBenches.simulatedChip("t", 2, 4, "voltage", Map.of()), List.of(sim));
        for (PhotonicCore core : bench.cores()) {
            double[] u = new double[6];
            java.util.Arrays.fill(u, 1.0);
            core.program(new CorePhases(u, u.clone(), new double[] {0.5, 1, 1.5, 2}, new double[] {Math.PI, 0, 0,
                Math.PI}));
        }
        bench.dac("modulators").write(new int[] {0, 7}, new double[] {-3.0, 4.0});
        for (RecordingDacDevice dev : sim.dacs().values()) {
            assertNotEquals(0.0, java.util.Arrays.stream(dev.setpoints()).map(Math::abs).sum(), dev.name());
        }
        bench.close();
        for (RecordingDacDevice dev : sim.dacs().values()) {
            assertArrayEquals(new double[dev.channelCount()], dev.setpoints(), 0.0, dev.name() + " at 0 V");
            assertTrue(dev.isClosed(), dev.name() + " closed");
        }
        assertTrue(sim.backendClosed());
        bench.close(); // idempotent
    }
}
