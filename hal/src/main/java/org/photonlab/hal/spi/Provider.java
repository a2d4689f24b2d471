package org.photonlab.hal.spi;

/**
 * Something found at run time by id through a {@link ProviderRegistry}: a backend, a driver protocol, a wire
 * protocol. Implementations are listed in {@code META-INF/services/<interface name>} and need a public no-argument
 * constructor. They are created once per class loader and shared, so they must be stateless or thread-safe.
 */
public interface Provider {
    /** The id bench files and options name this provider by; unique among the providers of one kind. */
    String id();
}
