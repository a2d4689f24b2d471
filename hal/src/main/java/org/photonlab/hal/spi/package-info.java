/**
 * The service-provider side of the HAL: what a backend (simulator, driver) implements, and
 * {@link org.photonlab.hal.spi.ProviderRegistry}, the one place providers of any kind are found by id. Callers never
 * use the device types directly; {@link org.photonlab.hal.bench.Bench} wraps them in the safety-enforcing HAL types.
 */
package org.photonlab.hal.spi;
