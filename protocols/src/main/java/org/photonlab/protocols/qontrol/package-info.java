/**
 * Qontrol's ASCII protocol without a transport: command lines, number and error formats, and the reply rules a host
 * correlates them by. Shared by the Qontrol driver and the wire simulator's module chain.
 */
package org.photonlab.protocols.qontrol;
