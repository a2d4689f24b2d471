/**
 * SCPI without a transport: program messages, header mnemonics (short and long forms), channel lists and NR3
 * numbers. Shared by the SCPI detector driver and the wire simulator's power meter.
 */
package org.photonlab.protocols.scpi;
