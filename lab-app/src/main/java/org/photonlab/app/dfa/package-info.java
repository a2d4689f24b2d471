/**
 * {@code photonlab train dfa} (optical or digital Direct Feedback Alignment on the bundled MNIST) and the helpers
 * that bind a random-projection device from a bench file and serve the simulated projector over slmsuite's
 * protocol.
 */
package org.photonlab.app.dfa;
