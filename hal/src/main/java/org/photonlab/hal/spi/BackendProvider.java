package org.photonlab.hal.spi;

import java.util.List;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.DeviceSpec;

/**
 * A kind of backend, found at run time through {@link ProviderRegistry#backends()} and chosen by {@link #id()} from
 * the bench description (never silently). Listed in {@code META-INF/services/org.photonlab.hal.spi.BackendProvider}.
 *
 * <p>Thread rules: a provider is shared by everything that opens benches in the JVM, so it must be stateless or
 * thread-safe; {@link #open} may be called from several threads at once, each call returning its own backend.
 */
public interface BackendProvider extends Provider {
    /** Identifier used in bench files, e.g. {@code sim}, {@code qontrol-tcp}, {@code scpi-serial}. */
    @Override
    String id();

    /** True for simulated hardware; recorded in every run. */
    boolean isSimulated();

    /** Opens the given devices of {@code bench}, all of which name this provider as their backend. */
    Backend open(BenchDescription bench, List<DeviceSpec> devices);

    /**
     * Opens the devices for {@code access}: a writer takes each device's write lease where the backend has one
     * (drivers: an OS lock per serial port, a host lock per TCP endpoint, the device's own lease when it offers
     * one) and is refused with {@link org.photonlab.hal.lease.LeaseRefusedException} naming the holder; an observer
     * takes none. By default (a backend whose devices no one else can reach, such as the in-process simulator) the
     * same as {@link #open(BenchDescription, List)}.
     */
    default Backend open(BenchDescription bench, List<DeviceSpec> devices, org.photonlab.hal.lease.Access access) {
        return open(bench, devices);
    }

    /**
     * The keys this backend reads from a device's {@code options:} (per device kind) and, for a simulator, from the
     * bench's {@code physics:}, with type, unit, default, range and meaning. Keys not declared here are refused when
     * a bench is opened. The default accepts none.
     */
    default BackendOptions optionSpec() {
        return BackendOptions.NONE;
    }
}
