/**
 * The client of slmsuite's remote protocol: a {@link org.photonlab.hal.projection.RandomProjector} over slmsuite
 * servers, its options and its backend provider. The wire format itself (JSON, quote-plus, numpy arrays) is
 * {@link org.photonlab.protocols.slmsuite}, shared with the simulator's projector server.
 */
package org.photonlab.drivers.slmsuite;
