/**
 * slmsuite's remote protocol (slmsuite {@code hardware/remote.py}): one JSON request per TCP connection, form-URL
 * encoded and terminated by a line feed, with numpy arrays as zlib + base64 objects. The codec here is shared by
 * the client driver ({@link org.photonlab.drivers.slmsuite.SlmsuiteProjector}) and the simulator's server.
 */
package org.photonlab.drivers.slmsuite;
