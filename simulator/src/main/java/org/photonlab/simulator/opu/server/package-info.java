/**
 * The simulated projector behind slmsuite's remote protocol: a Netty server (one request per connection) fronting a
 * simulated SLM/DMD and camera coupled through the speckle physics of {@link org.photonlab.simulator.opu}, so
 * slmsuite's own {@code RemoteSLM}/{@code RemoteCamera} clients, or PhotonLab's slmsuite driver, can drive it.
 */
package org.photonlab.simulator.opu.server;
