/**
 * The {@code photonlab} command line: wires benches (HAL), backends (simulator, drivers) and training together, and
 * writes run records.
 */
package org.photonlab.app;
