/**
 * Physics simulator of an optical random-projection device (DMD or phase SLM, scattering medium, 8-bit camera):
 * a counter-based complex Gaussian transmission matrix regenerated on the fly, camera counts with shot and read
 * noise, the output-ROI and timing rules of LightOn's runner, and a lightonml-compatible mode for comparison.
 */
package org.photonlab.simulator.opu;
