/**
 * Network exposure of the simulator's servers: which address they bind and which clients they accept. Every server
 * (Qontrol and SCPI devices, the projector) takes the same {@link org.photonlab.simulator.net.Exposure}, so one
 * rule holds for all: loopback by default, a non-loopback bind only with an allowlist.
 */
package org.photonlab.simulator.net;
