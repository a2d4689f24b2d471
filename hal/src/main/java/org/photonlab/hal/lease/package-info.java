/**
 * One writer per bench: who holds a device's write lease ({@link org.photonlab.hal.lease.LeaseHolder}), the
 * refusal a second writer gets ({@link org.photonlab.hal.lease.LeaseRefusedException}), and the ownership check
 * that notices setpoints changed by anyone else ({@link org.photonlab.hal.lease.ForeignWrite}). The locks
 * themselves (OS file locks, the wire simulator's {@code LEASE} command) live in the drivers.
 */
package org.photonlab.hal.lease;
