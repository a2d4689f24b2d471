package org.photonlab.hal.spi;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import org.photonlab.hal.DuplicateProviderException;
import org.photonlab.hal.LabException;
import org.photonlab.hal.ProviderNotFoundException;

/**
 * The providers of one kind, by id. This is the one place that calls {@link ServiceLoader}: {@link #of(Class,
 * String)} loads the providers of a type once (per JVM) and keeps them. Two providers with the same id are refused
 * naming both classes, and a lookup of an unknown id fails with one {@link ProviderNotFoundException} that names the
 * id and lists the ids available.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the provider interface ({@link BackendProvider}, a driver or wire protocol factory, ...)
 */
public final class ProviderRegistry<T extends Provider> {
    private static final Map<Class<?>, ProviderRegistry<?>> LOADED = new HashMap<>();

    private final String kind;
    private final Map<String, T> byId;

    private ProviderRegistry(String kind, Map<String, T> byId) {
        this.kind = kind;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The backends on the class path. */
    public static ProviderRegistry<BackendProvider> backends() {
        return of(BackendProvider.class, "backend");
    }

    /**
     * The providers of {@code type} listed in {@code META-INF/services}, loaded with {@link ServiceLoader} on the
     * first call for that type and kept.
     *
     * @param kind what a reader calls such a provider, for messages ({@code backend}, {@code driver protocol})
     * @throws DuplicateProviderException if two of them claim the same id
     * @throws LabException if a listed provider cannot be instantiated
     */
    @SuppressWarnings("unchecked")
    public static synchronized <T extends Provider> ProviderRegistry<T> of(Class<T> type, String kind) {
        ProviderRegistry<?> known = LOADED.get(type);
        if (known == null) {
            Iterable<T> found;
            try {
                found = ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get).toList();
            } catch (ServiceConfigurationError e) {
                throw new LabException("cannot load the " + kind + " providers: " + e.getMessage(), e);
            }
            known = of(kind, found);
            LOADED.put(type, known);
        }
        return (ProviderRegistry<T>) known;
    }

    /**
     * A registry of the given providers (tests, or a caller that chose its providers itself).
     *
     * @throws DuplicateProviderException if two of them claim the same id
     */
    public static <T extends Provider> ProviderRegistry<T> of(String kind, Iterable<? extends T> providers) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T p : providers) {
            T before = byId.putIfAbsent(p.id(), p);
            if (before != null) {
                throw new DuplicateProviderException(kind, p.id(), before.getClass(), p.getClass());
            }
        }
        return new ProviderRegistry<>(kind, byId);
    }

    /**
     * The provider with that id.
     *
     * @throws ProviderNotFoundException naming {@code id} and the ids available
     */
    public T get(String id) {
        T p = byId.get(id);
        if (p == null) {
            throw new ProviderNotFoundException(kind, id, ids());
        }
        return p;
    }

    /** The provider with that id, or empty. */
    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every id, sorted. */
    public SortedSet<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    /** What a reader calls these providers, e.g. {@code backend}. */
    public String kind() {
        return kind;
    }
}
