/**
 * Host-side device locks for the one-writer rule: an OS file lock per serial port and per TCP endpoint
 * ({@link org.photonlab.drivers.lease.HostLock}), the UUCP {@code LCK..} convention for serial ports
 * ({@link org.photonlab.drivers.lease.UucpLock}), where they live ({@link org.photonlab.drivers.lease.LockDirectory}).
 * The device-side lease of the wire simulator is spoken by the Qontrol driver.
 */
package org.photonlab.drivers.lease;
