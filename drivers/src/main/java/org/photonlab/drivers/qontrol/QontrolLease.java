package org.photonlab.drivers.qontrol;

import org.photonlab.drivers.link.Conversation;
import org.photonlab.drivers.link.DeviceRefusedException;
import org.photonlab.hal.lease.LeaseHolder;
import org.photonlab.hal.lease.LeaseRefusedException;
import org.photonlab.protocols.qontrol.QontrolFormat;
import org.photonlab.protocols.qontrol.QontrolReplies;

/**
 * The device-side write lease of a Qontrol-protocol device, where the device grants one (PhotonLab's wire
 * simulator; a real Qontrol module has no such command and answers {@code E10}):
 * {@code LEASE=<holder line>} is answered {@code OK} when the lease is free, expired or already this connection's,
 * and {@code E13:00} (forbidden) when another connection holds it; {@code LEASE?} answers the holder line or
 * {@code none}. The lease belongs to the connection, so it is asked for again after every reconnect, before
 * reconciliation writes anything.
 */
final class QontrolLease {
    private QontrolLease() {
    }

    /**
     * Asks for the lease on {@code c} for {@code holder}.
     *
     * @return whether the device granted one (false: it has no lease command)
     * @throws LeaseRefusedException when another connection holds it, naming that holder
     */
    static boolean acquire(Conversation c, String device, String where, LeaseHolder holder) {
        try {
            c.call("LEASE=" + holder.encode(), QontrolReplies.OK, QontrolReplies.OK_PARSER);
            return true;
        } catch (DeviceRefusedException e) {
            int code = e.reply() == null ? -1 : QontrolFormat.errorCode(e.reply());
            if (code == QontrolFormat.UNRECOGNISED_COMMAND) {
                return false;
            }
            if (code != QontrolFormat.FORBIDDEN) {
                throw e;
            }
        }
        String line = c.call("LEASE?", QontrolReplies.lines(1, "the lease holder or 'none'"), lines -> lines.get(0));
        throw new LeaseRefusedException(device, where, LeaseHolder.parse(line), "the device's write lease");
    }
}
