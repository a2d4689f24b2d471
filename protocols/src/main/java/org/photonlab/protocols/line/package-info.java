/**
 * Line framing of the ASCII protocols (LF-terminated lines, CR LF accepted, bounded length), the reply rules and
 * parsers a host-side conversation uses to correlate replies, the protocol error, and the device end of an in-JVM
 * byte pipe. Plain Java on bytes and strings: no socket, no serial port, no Netty.
 */
package org.photonlab.protocols.line;
