package org.photonlab.simulator.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.core.CorePhases;
import org.photonlab.hal.core.PhotonicCore;

/**
 * A deterministic stand-in for a training run on one mesh core: seeded phase programs (whole core and
 * single-section perturbations, as a ZO optimiser makes them) each followed by a batch of inputs pushed through the
 * core, recording every reading and every DAC read-back. Two benches that are indistinguishable to training give
 * identical records.
 */
final class CoreWorkload {
    private CoreWorkload() {
    }

    /** Runs {@code rounds} rounds with {@code seed} on the bench's first core; returns everything observed. */
    static List<double[]> run(Bench bench, long seed, int rounds, int batch) {
        Random r = new Random(seed);
        PhotonicCore core = bench.cores().get(0);
        int k = core.size();
        int m = k * (k - 1) / 2;
        List<double[]> record = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round % 3 == 0) {
                CorePhases p = new CorePhases(random(r, m, 2 * Math.PI), random(r, m, 2 * Math.PI),
                        random(r, k, Math.PI), new double[] {0, Math.PI, 0, 0});
                CorePhases programmed = core.program(p);
                record.add(programmed.u().clone());
            } else {
                int[] idx = {r.nextInt(m), r.nextInt(m)};
                if (idx[0] == idx[1]) {
                    idx = new int[] {idx[0]};
                }
                double[] ph = random(r, idx.length, 2 * Math.PI);
                record.add(core.setPhases(org.photonlab.hal.core.CoreSection.U, idx, ph));
            }
            double[] in = new double[batch * k];
            for (int i = 0; i < in.length; i++) {
                in[i] = r.nextGaussian();
            }
            double[] out = new double[batch * k];
            core.transform(in, batch, out);
            record.add(out);
        }
        // the heater DACs only: the in-process fast path does not leave the last input vector on the modulators
        CoreSpec spec = bench.description().core(core.name());
        record.add(bench.dac(spec.dac()).readAll());
        record.add(bench.dac(spec.sigmaDac()).readAll());
        return record;
    }

    private static double[] random(Random r, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() * scale;
        }
        return v;
    }
}
