/**
 * JMH benchmarks of the optical random-projection simulator (lightonml-compatible and physics modes, at the issue's
 * three sizes) and of one DFA training epoch, digital and optical. Results and commands: {@code docs/opu-dfa.md}.
 */
package org.photonlab.bench.opu;
