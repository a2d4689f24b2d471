package org.photonlab.hal.spi;

import java.util.Map;
import java.util.TreeSet;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;

/**
 * Checks every device's {@code options:} and the bench's {@code physics:} against the specs the backends declare,
 * before anything is opened, so a typo is refused before any device is touched.
 */
public final class OptionCheck {
    private OptionCheck() {
    }

    /**
     * @param bench     the bench about to be opened
     * @param providers the providers by id; a device whose backend is absent is left to the caller's not-found error
     * @throws org.photonlab.hal.BenchConfigException naming the first unknown key or bad value
     */
    public static void check(BenchDescription bench, ProviderRegistry<BackendProvider> registry) {
        Map<String, BackendProvider> providers = new java.util.LinkedHashMap<>();
        for (String id : registry.ids()) {
            providers.put(id, registry.get(id));
        }
        check(bench, providers);
    }

    /** As {@link #check(BenchDescription, ProviderRegistry)}, with the providers by id. */
    public static void check(BenchDescription bench, Map<String, BackendProvider> providers) {
        for (DeviceSpec d : bench.devices().values()) {
            BackendProvider p = providers.get(d.backend());
            if (p != null) {
                spec(p).of(d.kind()).read(where(d), d.options());
            }
        }
        OptionSet physics = physics(providers);
        // a host with no simulator on its class path (a client of a remote one) has nobody to check physics: against
        // the remote simulator's keys it was checked where that simulator loaded the bench
        if (!physics.specs().isEmpty()) {
            physics.read("physics", bench.physics());
        }
    }

    /** A provider's spec; null (a test double that declares nothing) counts as no keys. */
    private static BackendOptions spec(BackendProvider p) {
        BackendOptions o = p.optionSpec();
        return o == null ? BackendOptions.NONE : o;
    }

    /** How messages name a device's options. */
    public static String where(DeviceSpec d) {
        return "devices." + d.name() + ".options (backend " + d.backend() + ")";
    }

    /** The {@code physics:} keys every available simulator declares, together. */
    public static OptionSet physics(Map<String, BackendProvider> providers) {
        OptionSet all = OptionSet.NONE;
        TreeSet<String> seen = new TreeSet<>();
        for (BackendProvider p : providers.values()) {
            for (OptionSpec s : spec(p).physics().specs()) {
                if (seen.add(s.name())) {
                    all = all.with(OptionSet.of(s));
                }
            }
        }
        return all;
    }
}
