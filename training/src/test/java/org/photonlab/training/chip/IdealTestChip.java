package org.photonlab.training.chip;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.benchfile.StandardBenches;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.CoreSection;
import org.photonlab.hal.mesh.ClementsMesh;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.BatchCoreTransform;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import org.photonlab.hal.spi.PassiveHeaterControl;

/**
 * A test-only ideal chip backend (id {@code ideal-test}): each core computes W = U·diag(cos φ_Σ)·V exactly from its
 * heater volts (φ = γ·V²), with no physics non-idealities; it counts core transforms so tests can see which cores
 * were queried. Lets the training module test deployment without depending on the simulator's physics.
 */
final class IdealTestChip implements BackendProvider {
    static final String ID = "ideal-test";
    private final boolean deterministic;
    final List<ChipBackend> opened = new ArrayList<>();

    IdealTestChip(boolean deterministic) {
        this.deterministic = deterministic;
    }

    /** Opens the standard simulated-chip layout of {@code cores} k×k cores, served by this backend. */
    static Bench open(IdealTestChip provider, int cores, int k) {
        BenchDescription std = StandardBenches.simulatedChip("ideal-test-bench", cores, k, "none", Map.of());
        Map<String, DeviceSpec> devs = new LinkedHashMap<>();
        for (DeviceSpec d : std.devices().values()) {
            devs.put(d.name(), new DeviceSpec(d.name(), d.kind(), ID, d.channels(), d.limits(), d.resolution(),
                    d.safeVolts(), d.unit(), d.adc(), d.options()));
        }
        BenchDescription desc = new BenchDescription(std.name(), devs, std.cores(), Map.of());
        return Bench.open(desc, List.of(provider));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isSimulated() {
        return true;
    }

    @Override
    public Backend open(BenchDescription bench, List<DeviceSpec> devices) {
        ChipBackend b = new ChipBackend(bench);
        opened.add(b);
        return b;
    }

    final class ChipBackend implements Backend, BatchCoreTransform, PassiveHeaterControl {
        private final BenchDescription bench;
        private final Map<String, double[]> volts = new HashMap<>();
        final Map<String, Integer> transforms = new HashMap<>();
        /** W of each core, dropped when one of its heaters is written. */
        private final Map<String, double[]> matrices = new HashMap<>();
        /** Device → channel → the core whose heater it drives (null for inputs). */
        private final Map<String, String[]> heaterOwner = new HashMap<>();

        ChipBackend(BenchDescription bench) {
            this.bench = bench;
            for (DeviceSpec d : bench.devices().values()) {
                volts.put(d.name(), new double[d.channels()]);
                heaterOwner.put(d.name(), new String[d.channels()]);
            }
            for (CoreSpec c : bench.cores()) {
                for (int ch : c.uChannels()) {
                    heaterOwner.get(c.dac())[ch] = c.name();
                }
                for (int ch : c.vChannels()) {
                    heaterOwner.get(c.dac())[ch] = c.name();
                }
                for (int ch : c.sigmaChannels()) {
                    heaterOwner.get(c.sigmaDac())[ch] = c.name();
                }
                for (int ch : c.signChannels()) {
                    heaterOwner.get(c.sigmaDac())[ch] = c.name();
                }
            }
        }

        @Override
        public Optional<DacDevice> dac(String device) {
            double[] v = volts.get(device);
            return Optional.of(new DacDevice() {
                @Override
                public String name() {
                    return device;
                }

                @Override
                public int channelCount() {
                    return v.length;
                }

                @Override
                public void write(int[] channels, double[] values) {
                    String[] owner = heaterOwner.get(device);
                    for (int ch : channels) {
                        if (owner[ch] != null) {
                            matrices.remove(owner[ch]);
                        }
                    }
                    for (int i = 0; i < channels.length; i++) {
                        v[channels[i]] = values[i];
                    }
                }

                @Override
                public double[] read(int[] channels) {
                    double[] out = new double[channels.length];
                    for (int i = 0; i < channels.length; i++) {
                        out[i] = v[channels[i]];
                    }
                    return out;
                }

                @Override
                public void close() {
                }
            });
        }

        @Override
        public Optional<DetectorDevice> detector(String device) {
            return Optional.of(new DetectorDevice() {
                @Override
                public String name() {
                    return device;
                }

                @Override
                public int channelCount() {
                    return bench.device(device).channels();
                }

                @Override
                public double[] read(int[] channels) {
                    double[] out = new double[channels.length];
                    for (CoreSpec c : bench.cores()) {
                        if (c.outputChannels()[0] == channels[0]) {
                            double[] x = new double[c.size()];
                            for (int i = 0; i < x.length; i++) {
                                x[i] = volts.get(c.inputDac())[c.inputChannels()[i]];
                            }
                            transform(c.name(), x, 1, out);
                        }
                    }
                    return out;
                }

                @Override
                public void close() {
                }
            });
        }

        @Override
        public boolean deterministicReadout() {
            return deterministic;
        }

        @Override
        public int transform(String core, double[] in, int n, double[] out, boolean[] overRange) {
            transforms.merge(core, 1, Integer::sum);
            CoreSpec c = bench.core(core);
            int k = c.size();
            double[] w = matrices.computeIfAbsent(core, x -> matrix(c));
            for (int s = 0; s < n; s++) {
                for (int r = 0; r < k; r++) {
                    double acc = 0;
                    for (int j = 0; j < k; j++) {
                        acc += w[r * k + j] * in[s * k + j];
                    }
                    out[s * k + r] = acc;
                }
            }
            if (overRange != null) {
                java.util.Arrays.fill(overRange, 0, n * k, false); // an ideal readout never saturates
            }
            return 0;
        }

        private double[] matrix(CoreSpec c) {
            int k = c.size();
            double[] mesh = volts.get(c.dac());
            double[] sig = volts.get(c.sigmaDac());
            int m = ClementsMesh.phaseCount(k);
            double[] pu = new double[m];
            double[] pv = new double[m];
            for (int i = 0; i < m; i++) {
                pu[i] = phase(c, mesh[c.uChannels()[i]]);
                pv[i] = phase(c, mesh[c.vChannels()[i]]);
            }
            double[] signs = new double[4];
            for (int i = 0; i < 4; i++) {
                signs[i] = CorePhases.signOf(phase(c, sig[c.signChannels()[i]]));
            }
            double[] u = new double[k * k];
            double[] v = new double[k * k];
            ClementsMesh.reconstruct(k, pu, signs[0], signs[1], u);
            ClementsMesh.reconstruct(k, pv, signs[2], signs[3], v);
            double[] w = new double[k * k];
            for (int r = 0; r < k; r++) {
                for (int j = 0; j < k; j++) {
                    double acc = 0;
                    for (int i = 0; i < k; i++) {
                        acc += u[r * k + i] * Math.cos(phase(c, sig[c.sigmaChannels()[i]])) * v[i * k + j];
                    }
                    w[r * k + j] = acc;
                }
            }
            return w;
        }

        private double phase(CoreSpec c, double v) {
            return c.gamma() * v * v;
        }

        @Override
        public void setPassive(String core, CoreSection section, boolean[] passive) {
        }

        int totalTransforms() {
            return transforms.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public void close() {
        }
    }
}
