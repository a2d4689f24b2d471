package org.photonlab.drivers.link;

import java.util.List;

/** Receives what a {@link Link} reads. Calls come from the link's reader thread, one at a time. */
public interface LinkListener {
    /**
     * Lines completed by one read. They are delivered together so that a reply and a line that immediately follows
     * it (a duplicate, an error) are routed before the next request can be sent.
     */
    void onLines(List<String> lines, int overflows);

    /** The connection is gone (peer closed, EIO, read of −1). */
    void onDisconnect(String reason);
}
