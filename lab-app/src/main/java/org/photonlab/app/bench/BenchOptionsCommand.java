package org.photonlab.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.spi.BackendOptions;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.ProviderRegistry;
import org.photonlab.simulator.wire.WireDeviceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code photonlab bench options [BACKEND]}: prints the keys every backend (or one) accepts under a device's
 * {@code options:} and under {@code physics:}, with type, unit, default, allowed values and meaning, from the specs
 * the providers declare.
 */
@Command(name = "options", mixinStandardHelpOptions = true,
        description = "List the options: and physics: keys of every backend (or of one), with type, unit, default, "
                + "allowed values and description.")
public final class BenchOptionsCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "BACKEND", description = "Backend id, e.g. qontrol-tcp or sim.")
    String backend;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProviderRegistry<BackendProvider> registry = ProviderRegistry.backends();
        List<BackendProvider> providers = new ArrayList<>();
        if (backend != null) {
            providers.add(registry.get(backend)); // one not-found error, naming the known ids
        } else {
            registry.ids().forEach(id -> providers.add(registry.get(id)));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (BackendProvider p : providers) {
            BackendOptions o = p.optionSpec();
            out.println("backend " + p.id() + (p.isSimulated() ? " (simulated)" : ""));
            boolean any = false;
            for (DeviceKind k : DeviceKind.values()) {
                if (!o.of(k).specs().isEmpty()) {
                    print(out, "  " + k.yamlName() + " devices, options:", o.of(k));
                    any = true;
                }
            }
            if (!o.physics().specs().isEmpty()) {
                print(out, "  physics:", o.physics());
                any = true;
            }
            if (!any) {
                out.println("  no options");
            }
        }
        if (backend == null) {
            print(out, "sim serve: extra keys of a served device's options: (dropped from the client bench)",
                    WireDeviceOptions.SPEC);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String title, OptionSet set) {
        out.println(title);
        for (OptionSpec s : set.specs()) {
            String type = s.type().word() + (s.unit().isEmpty() ? "" : " " + s.unit());
            String def = s.defaultValue() == null ? "-" : String.valueOf(s.defaultValue());
            out.printf("    %-22s %-14s default %-12s %-26s %s%n", s.name(), type, def,
                    s.allowed().isEmpty() ? "" : "allowed " + s.allowed(), s.description());
        }
    }
}
