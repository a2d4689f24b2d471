/**
 * The service-provider side of the HAL: what a backend (simulator, driver) implements. Callers never use these
 * types directly; {@link org.photonlab.hal.bench.Bench} wraps them in the safety-enforcing HAL types.
 */
package org.photonlab.hal.spi;
