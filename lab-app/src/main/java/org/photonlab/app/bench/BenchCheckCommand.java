package org.photonlab.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.photonlab.drivers.qontrol.QontrolDac;
import org.photonlab.drivers.scpi.ScpiDetector;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.OpenMode;
import org.photonlab.hal.dac.DacBank;
import org.photonlab.hal.detect.DetectorArray;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.DetectorDevice;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code photonlab bench check --bench FILE}: connects to every DAC and detector, identifies it (the drivers check
 * the identity the bench file gives), reads the device limits and every setpoint, and prints one table row per
 * device. Any unreachable device, wrong identity or setpoint outside the bench limits makes the exit code 1, with
 * one line per problem. Each device is opened on its own as a {@link Bench} in {@link OpenMode#OBSERVE}: nothing is
 * written to any device.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Connect to every device of a bench, identify it, read limits and setpoints; exit 1 on any "
                + "mismatch or unreachable device.")
public final class BenchCheckCommand implements Callable<Integer> {
    @Option(names = "--bench", required = true, paramLabel = "FILE", description = "Bench description (YAML).")
    Path benchFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BenchDescription bench = OperatorBench.load(benchFile);
        PrintWriter out = spec.commandLine().getOut();
        List<String> problems = new ArrayList<>();
        out.printf("%-14s %-14s %-28s %4s  %-22s %s%n", "device", "backend", "identity", "ch", "device limits",
                "setpoints / reading");
        for (DeviceSpec d : bench.devices().values()) {
            if (d.kind() == DeviceKind.PROJECTOR) {
                continue;
            }
            try (Bench b = OperatorBench.open(bench, d.name(), OpenMode.OBSERVE)) {
                if (d.kind() == DeviceKind.DAC) {
                    checkDac(out, d, b.dac(d.name()), b.backendOf(d.name()).dac(d.name()).orElseThrow(), problems);
                } else {
                    checkDetector(out, d, b.detector(d.name()),
                            b.backendOf(d.name()).detector(d.name()).orElseThrow());
                }
            } catch (LabException e) {
                out.printf("%-14s %-14s %s%n", d.name(), d.backend(), "UNREACHABLE OR WRONG: " + oneLine(e));
                problems.add(d.name() + ": " + oneLine(e));
            }
        }
        out.flush();
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (String p : problems) {
                err.println("photonlab: bench check: " + p);
            }
            err.flush();
            throw new LabException("bench check found " + problems.size() + " problem(s), one per line above");
        }
        out.println("bench '" + bench.name() + "': every device answered as described");
        return 0;
    }

    /** Setpoints through the HAL bank; identity and device limits from the raw driver device when it has them. */
    private static void checkDac(PrintWriter out, DeviceSpec d, DacBank bank, DacDevice dev, List<String> problems) {
        int n = d.channels();
        double[] v = bank.readAll();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
            String bad = d.limits().violation(v[i]);
            if (bad != null) {
                problems.add(d.name() + "[" + i + "] is at " + v[i] + " V, outside the bench limit " + bad);
            }
        }
        // the lower of the bench file's DAC full scale and the device's own, reported once
        double fullScale = d.resolution().isAnalog() ? Double.POSITIVE_INFINITY : d.resolution().fullScaleVolts();
        String which = "the DAC full scale (resolution.full_scale_v)";
        String identity = "simulated";
        String limits = String.format("%.3f..%.3f V", d.limits().minVolts(), d.limits().maxVolts());
        if (dev instanceof QontrolDac q) {
            double vmaxLo = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                vmaxLo = Math.min(vmaxLo, q.query("VMAX", i));
            }
            identity = q.identity() + " x" + q.modules();
            if (q.fullScale() < fullScale) {
                fullScale = q.fullScale();
                which = "the device's full scale (vfull?)";
            }
            limits = String.format("vfull %.3f V vmax>=%.3f", q.fullScale(), vmaxLo);
        }
        aboveFullScale(d, fullScale, which, problems);
        out.printf("%-14s %-14s %-28s %4d  %-22s %.6g..%.6g V%n", d.name(), d.backend(), identity, n, limits, lo, hi);
    }

    /** One problem per device whose limits (its own or a channel's) reach beyond {@code fullScale}. */
    private static void aboveFullScale(DeviceSpec d, double fullScale, String what, List<String> problems) {
        double worst = Double.NEGATIVE_INFINITY;
        int at = -1;
        for (int ch = 0; ch < d.channels(); ch++) {
            double m = Math.max(Math.abs(d.limits(ch).minVolts()), Math.abs(d.limits(ch).maxVolts()));
            if (m > worst) {
                worst = m;
                at = ch;
            }
        }
        if (worst > fullScale) {
            problems.add(d.name() + ": limits allow " + worst + " V (channel " + at + ") but " + what + " is "
                    + fullScale + " V; lower max_v (and min_v) to within " + fullScale + " V");
        }
    }

    private static void checkDetector(PrintWriter out, DeviceSpec d, DetectorArray pd, DetectorDevice dev) {
        int n = d.channels();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] r = pd.read(all).values();
        String identity = dev instanceof ScpiDetector s ? s.identity() : "simulated";
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : r) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        out.printf("%-14s %-14s %-28s %4d  %-22s %.6g..%.6g%n", d.name(), d.backend(), identity, n,
                "adc " + d.adc().bits() + " bit", lo, hi);
    }

    private static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).replace('\n', ' ');
    }
}
