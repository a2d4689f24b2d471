package org.photonlab.bench.zo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.photonlab.training.run.ZoRun;
import org.photonlab.training.run.ZoRunResult;

/**
 * Runs ZO training configurations on CNN-S / MNIST-16 over several seeds and prints one CSV line per run and a
 * mean ± std summary per configuration (the tables of docs/zo-training.md). Each run deploys afresh.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.photonlab.bench.zo.ZoReproduction \
 *      --seeds 1,2,3 --epochs 1 [--target 0.95] [--physics phase_bias=true,crosstalk=0.01] \
 *      mixedtrn mixedtrn:pruning=zero flops
 * </pre>
 * Configurations are {@link RunSpec} strings. The queries column counts until the test accuracy first reaches 95% of
 * the ideal (software) accuracy, or, with {@code --target A}, the absolute accuracy A.
 */
public final class ZoReproduction {
    private ZoReproduction() {
    }

    public static void main(String[] args) {
        List<Long> seeds = List.of(1L, 2L, 3L);
        int epochs = 1;
        double target = Double.NaN;
        Map<String, Object> physics = new LinkedHashMap<>();
        List<String> specs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = parseSeeds(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--target" -> target = Double.parseDouble(args[++i]);
                case "--physics" -> physics.putAll(parsePhysics(args[++i]));
                default -> specs.add(args[i]);
            }
        }
        if (specs.isEmpty()) {
            specs.add("mixedtrn");
        }
        System.out.println("# physics overrides " + physics + ", target "
                + (Double.isNaN(target) ? "0.95*ideal" : target));
        System.out.println("spec,seed,acc_ideal,acc_deployed,acc_final,queries,queries_to_95,power_deployed_w,"
                + "power_final_w,power_final_all_w,active_phases,total_phases,wall_s");
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (String spec : specs) {
            for (long seed : seeds) {
                try (ZoFixture f = ZoFixture.open(seed, ZoFixture.cacheDir(), physics)) {
                    // ZoRun counts queries to 0.95·ideal; an absolute target A is 0.95·(A / 0.95)
                    double ideal = Double.isNaN(target) ? f.idealAccuracy : target / 0.95;
                    RunSpec rs = RunSpec.parse(spec, epochs, seed, ideal);
                    long t0 = System.nanoTime();
                    ZoRunResult r = new ZoRun(f.chip, f.data.train(), f.data.test(), rs.config(), null).run();
                    double wall = (System.nanoTime() - t0) / 1e9;
                    double[] row = {f.idealAccuracy, r.accDeployed(), r.accFinal(), r.queries(), r.queriesTo95(),
                        r.powerDeployedW(), r.powerFinalW(), r.powerFinalAllW(), r.activePhases(), r.totalPhases(),
                        wall};
                    rows.computeIfAbsent(spec, k -> new ArrayList<>()).add(row);
                    StringBuilder line = new StringBuilder("\"" + spec + "\"," + seed);
                    for (double v : row) {
                        line.append(',').append(fmt(v));
                    }
                    System.out.println(line);
                    System.out.flush();
                }
            }
        }
        System.out.println();
        System.out.println("| spec | ideal | deployed | final | queries | queries to 95% | P deployed W | P final W "
                + "| P final (all heaters) W | active/total | wall s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<double[]>> e : rows.entrySet()) {
            StringBuilder line = new StringBuilder("| `" + e.getKey() + "` ");
            int[] cols = {0, 1, 2, 3, 4, 5, 6, 7};
            for (int c : cols) {
                line.append("| ").append(meanStd(e.getValue(), c, c <= 2 ? 100 : 1)).append(' ');
            }
            double[] first = e.getValue().get(0);
            line.append("| ").append((int) first[8]).append('/').append((int) first[9]).append(' ');
            line.append("| ").append(meanStd(e.getValue(), 10, 1)).append(" |");
            System.out.println(line);
        }
    }

    /** {@code key=value,...}: booleans and numbers typed, anything else a string. */
    private static Map<String, Object> parsePhysics(String s) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : s.split(",")) {
            String[] p = pair.split("=", 2);
            String v = p[1].trim();
            Object value = v.equals("true") || v.equals("false") ? (Object) Boolean.parseBoolean(v)
                    : v.matches("-?\\d+") ? (Object) Long.parseLong(v) : (Object) Double.parseDouble(v);
            out.put(p[0].trim(), value);
        }
        return out;
    }

    private static List<Long> parseSeeds(String s) {
        List<Long> out = new ArrayList<>();
        for (String p : s.split(",")) {
            out.add(Long.parseLong(p.trim()));
        }
        return out;
    }

    /** Mean ± sample std of column {@code c} times {@code scale}; a never-reached queries-to-95% (−1) shows as n/r. */
    private static String meanStd(List<double[]> rows, int c, double scale) {
        double sum = 0;
        int n = 0;
        int missing = 0;
        for (double[] r : rows) {
            if (c == 4 && r[c] < 0) {
                missing++;
                continue;
            }
            sum += r[c] * scale;
            n++;
        }
        if (n == 0) {
            return "n/r";
        }
        double mean = sum / n;
        double ss = 0;
        for (double[] r : rows) {
            if (!(c == 4 && r[c] < 0)) {
                ss += Math.pow(r[c] * scale - mean, 2);
            }
        }
        double std = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        String m = Math.abs(mean) >= 1000 ? String.format(Locale.ROOT, "%.0f ± %.0f", mean, std)
                : String.format(Locale.ROOT, "%.3f ± %.3f", mean, std);
        return missing > 0 ? m + " (" + missing + " n/r)" : m;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.5g", v);
    }
}
