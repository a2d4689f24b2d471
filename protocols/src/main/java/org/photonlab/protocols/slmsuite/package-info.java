/**
 * slmsuite's remote protocol (slmsuite {@code hardware/remote.py}) without its transport: one JSON request per TCP
 * connection, form-URL encoded and terminated by a line feed, with numpy arrays as zlib + base64 objects. The codec
 * here is shared by the client driver ({@code org.photonlab.drivers.slmsuite}) and the simulator's projector server.
 */
package org.photonlab.protocols.slmsuite;
