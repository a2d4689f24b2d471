/**
 * Bench description files: {@link org.photonlab.benchfile.BenchYaml} reads a YAML bench file into a
 * {@link org.photonlab.hal.bench.BenchDescription} with bounded sizes and one-line errors,
 * {@link org.photonlab.benchfile.BenchYamlWriter} writes one back, and {@link org.photonlab.benchfile.StandardBenches}
 * builds the built-in simulated chip. Kept apart from {@code hal} so that the contracts carry no YAML library.
 */
package org.photonlab.benchfile;
