package org.photonlab.simulator.chip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;

class SimBackendProviderTest {
    @Test
    void servesASimulatedProjectorBesideTheChipAndClosesItWithTheBench() {
        BenchDescription.Builder b = BenchDescription.builder("chip-and-opu");
        StandardBenches.simulatedChip("t", 1, 4, "phase", Map.of()).devices().values().forEach(b::device);
        StandardBenches.simulatedChip("t", 1, 4, "phase", Map.of()).cores().forEach(b::core);
        b.device(DeviceSpec.projector("opu", "sim", Map.of("seed", 5, "modulation", "phase")));
        org.photonlab.hal.projection.RandomProjector p;
        try (Bench bench = Bench.open(b.build())) {
            p = bench.projector("opu");
            assertEquals("opu", p.info().name());
            assertEquals(org.photonlab.hal.projection.Modulation.SLM_PHASE, p.info().modulation());
            assertEquals(5, ((org.photonlab.simulator.opu.SimulatedProjector) p).physics().matrixSeed());
            assertTrue(bench.core("core0").hasFastPath(), "the chip keeps its capabilities");
            assertTrue(Chips.sim(bench).coreNames().contains("core0"));
            p.open();
            assertTrue(p.isOpen());
        }
        assertTrue(!p.isOpen(), "closing the bench closed the projector");
    }

    @Test
    void foundByServiceLoaderAsSimulated() {
        try (Bench bench = Bench.open(StandardBenches.simulatedChip("t", 1, 4, "phase", Map.of()))) {
            assertTrue(bench.isSimulated());
            assertEquals("sim", bench.backendIds().get("mesh_dac"));
            assertTrue(bench.core("core0").hasFastPath());
            assertTrue(bench.deterministicReadout());
        }
    }

    @Test
    void closeLeavesTheSimulatedDacsAtZero() {
        Bench bench = Chips.open(2, 4, "voltage", Map.of());
        bench.core("core1").program(Chips.randomPhases(4, new Random(8)));
        SimChipBackend sim = Chips.sim(bench);
        assertTrue(sim.totalHeaterPower() > 0);
        var mesh = sim.dac("mesh_dac").orElseThrow();
        bench.close();
        int[] all = java.util.stream.IntStream.range(0, mesh.channelCount()).toArray();
        assertArrayEquals(new double[all.length], mesh.read(all), 0.0);
        assertEquals(0.0, sim.totalHeaterPower(), 0.0);
    }

    @Test
    void powerDetectorsReadTheSquareOfTheCoherentField() {
        BenchDescription coherent = StandardBenches.simulatedChip("t", 1, 9, "phase", Map.of("seed", 2));
        BenchDescription.Builder b = BenchDescription.builder("t").physics(coherent.physics());
        for (DeviceSpec d : coherent.devices().values()) {
            b.device(d.name().equals("detectors")
                    ? DeviceSpec.detector("detectors", "sim", d.channels(), ReadoutUnit.WATT, AdcResolution.IDEAL,
                            Map.of())
                    : d);
        }
        coherent.cores().forEach(b::core);
        double[] in = Chips.randomInputs(5, 9, new Random(1));
        double[] y = new double[in.length];
        double[] p = new double[in.length];
        try (Bench bench = Bench.open(coherent, java.util.List.of(new SimBackendProvider()))) {
            bench.core("core0").program(Chips.randomPhases(9, new Random(2)));
            bench.core("core0").transform(in, 5, y);
        }
        try (Bench bench = Bench.open(b.build(), java.util.List.of(new SimBackendProvider()))) {
            bench.core("core0").program(Chips.randomPhases(9, new Random(2)));
            bench.core("core0").transform(in, 5, p);
            double[] slow = new double[in.length];
            bench.core("core0").transformChannelByChannel(in, 5, slow);
            assertArrayEquals(p, slow, 0.0);
        }
        for (int i = 0; i < y.length; i++) {
            assertEquals(y[i] * y[i], p[i], 0.0);
        }
    }

    @Test
    void physicsKeysOfTheWrongTypeAreNamed() {
        BenchConfigException e = assertThrows(BenchConfigException.class,
                () -> Chips.open(1, 4, "phase", Chips.physics("crosstalk", "lots")));
        assertTrue(e.getMessage().contains("physics.crosstalk"), e.getMessage());
        e = assertThrows(BenchConfigException.class, () -> Chips.open(1, 4, "phase", Chips.physics("seed", 1.5)));
        assertTrue(e.getMessage().contains("physics.seed"), e.getMessage());
        e = assertThrows(BenchConfigException.class,
                () -> Chips.open(1, 4, "phase", Chips.physics("gamma_drift_std", -1.0)));
        assertTrue(e.getMessage().contains("gamma_drift_std"), e.getMessage());
        e = assertThrows(BenchConfigException.class,
                () -> Chips.open(1, 4, "phase", Chips.physics("phase_bias", "yes")));
        assertTrue(e.getMessage().contains("physics.phase_bias"), e.getMessage());
    }

    @Test
    void defaultsAreTheReferenceOnes() {
        ChipPhysicsConfig d = ChipPhysicsConfig.from(Map.of());
        assertEquals(ChipPhysicsConfig.DEFAULTS, d);
        assertEquals(0.002, d.gammaDriftStd());
        assertEquals(2.0, d.gammaTruncation());
        assertEquals(0.005, d.crosstalk());
        assertEquals(false, d.crosstalkActiveOnly());
        assertEquals(false, d.phaseBias());
        assertEquals(1.0, d.phaseBiasRange());
        assertTrue(d.deterministicReadout());
    }

    @Test
    void phaseBiasIsUniformWithinTheRange() {
        try (Bench bench = Chips.open(20, 9, "phase", Chips.physics("phase_bias", true, "phase_bias_range", 0.5))) {
            SimChipBackend sim = Chips.sim(bench);
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            double sum = 0;
            int n = 0;
            for (String c : sim.coreNames()) {
                for (var s : new org.photonlab.hal.core.CoreSection[] {org.photonlab.hal.core.CoreSection.U,
                    org.photonlab.hal.core.CoreSection.V}) {
                    for (double x : sim.phaseBias(c, s)) {
                        min = Math.min(min, x);
                        max = Math.max(max, x);
                        sum += x;
                        n++;
                    }
                }
            }
            assertTrue(min >= -0.5 && min < -0.49 && max <= 0.5 && max > 0.49, min + " .. " + max);
            assertEquals(0.0, sum / n, 0.02);
        }
    }
}
