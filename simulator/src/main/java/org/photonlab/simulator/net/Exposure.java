package org.photonlab.simulator.net;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.photonlab.hal.LabException;

/**
 * Where a simulator server listens and whom it serves. The protocols have no authentication (anyone who can connect
 * can drive the heaters), so a bind address other than loopback needs an allowlist of client IP addresses: without
 * one, {@link #requireSafe} refuses to serve; with one, {@link #warning} says loudly what is exposed. A non-empty
 * allowlist is enforced on every bind address, loopback included: a connection from any other address is closed
 * before it is read ({@link AllowlistFilter}). Entries are IP literals (never resolved, so no DNS lookup).
 *
 * @param bind      address to bind: an IP literal or {@code localhost}
 * @param allowlist client addresses allowed; empty = every client that can reach {@code bind}
 */
public record Exposure(String bind, Set<String> allowlist) {
    /** Loopback, no allowlist: the default of every server. */
    public static final Exposure LOOPBACK = new Exposure("127.0.0.1", Set.of());

    public Exposure {
        if (bind == null || !(bind.equals("localhost") || NetUtil.isValidIpV4Address(bind)
                || NetUtil.isValidIpV6Address(bind))) {
            throw new LabException("bind address must be an IP address or 'localhost', got '" + bind + "'");
        }
        List<String> bad = new ArrayList<>();
        for (String a : allowlist) {
            if (!NetUtil.isValidIpV4Address(a) && !NetUtil.isValidIpV6Address(a)) {
                bad.add("'" + a + "'");
            }
        }
        if (!bad.isEmpty()) {
            throw new LabException("--allow takes client IP addresses, got " + String.join(", ", bad));
        }
        allowlist = Set.copyOf(new LinkedHashSet<>(allowlist));
    }

    /** True for {@code localhost}, 127.0.0.0/8 and ::1. */
    public boolean isLoopback() {
        if (bind.equals("localhost")) {
            return true;
        }
        byte[] a = NetUtil.createByteArrayFromIpAddressString(bind);
        if (a.length == 4) {
            return a[0] == 127;
        }
        byte[] one = new byte[16];
        one[15] = 1;
        return Arrays.equals(a, one);
    }

    /**
     * Refuses a non-loopback bind without an allowlist, naming what is needed.
     *
     * @param what the servers, for the message, e.g. {@code "the heater DACs and detectors"}
     */
    public void requireSafe(String what) {
        if (!isLoopback() && allowlist.isEmpty()) {
            throw new LabException("refusing to serve " + what + " on " + bind + " without an allowlist: the "
                    + "protocols have no authentication; add --allow IP[,IP...] with the client addresses, or bind "
                    + "127.0.0.1");
        }
    }

    /** The loud warning for a non-loopback bind with an allowlist; empty on loopback. */
    public Optional<String> warning(String what) {
        if (isLoopback()) {
            return Optional.empty();
        }
        return Optional.of("WARNING: serving " + what + " on " + bind + (bind.equals("0.0.0.0") || bind.equals("::")
                ? " (every interface)" : "") + " to clients " + allowlist + " with NO authentication or encryption: "
                + "anyone who can use those addresses can drive the heaters");
    }

    /** Whether a client at {@code remote} may be served. */
    public boolean allows(InetAddress remote) {
        if (allowlist.isEmpty()) {
            return true;
        }
        for (String a : allowlist) {
            if (Arrays.equals(NetUtil.createByteArrayFromIpAddressString(a), remote.getAddress())) {
                return true;
            }
        }
        return false;
    }

    /** One line for endpoint listings, e.g. {@code  allowlist [10.0.0.5]}; empty without an allowlist. */
    public String describe() {
        return allowlist.isEmpty() ? "" : " allowlist " + allowlist;
    }
}
