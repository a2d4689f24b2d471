package org.photonlab.app.zo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.photonlab.hal.bench.Bench;
import org.photonlab.training.run.ZoRunConfig;
import org.photonlab.training.run.ZoRunResult;

/** The summary record of a ZO run: the keys of the {@code --json} line and of {@code summary.json}. */
final class Summary {
    private Summary() {
    }

    static Map<String, Object> of(ZoRunResult r, ZoRunConfig c, Bench bench, double accIdeal, double wallS,
                                  int coresUsed, Path runDir) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("method", c.method().id());
        s.put("model", c.model());
        s.put("dataset", c.dataset());
        s.put("backend", String.join("+", new java.util.TreeSet<>(bench.backendIds().values())));
        s.put("simulated", bench.isSimulated());
        s.put("bench", bench.description().name());
        s.put("seed", c.seed());
        s.put("epochs", c.epochs());
        s.put("queries", r.queries());
        s.put("queries_to_95pct_ideal", r.queriesTo95());
        s.put("wall_s", round(wallS, 3));
        s.put("acc_ideal", accIdeal);
        s.put("acc_deployed", r.accDeployed());
        s.put("acc_final", r.accFinal());
        s.put("power_deployed_w", r.powerDeployedW());
        s.put("power_final_w", r.powerFinalW());
        s.put("power_final_all_heaters_w", r.powerFinalAllW());
        s.put("active_phases", r.activePhases());
        s.put("total_phases", r.totalPhases());
        s.put("cores_used", coresUsed);
        s.put("run_dir", runDir.toAbsolutePath().toString());
        return s;
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
