package org.photonlab.drivers.lease;

/**
 * What a device's host-side lock is keyed by.
 *
 * @param key    file-name-safe key: {@code serial-dev_ttyUSB0} (the port's real path, symlinks resolved) or
 *               {@code tcp-127.0.0.1-10001} (the resolved address and port)
 * @param where  for messages: {@code serial /dev/ttyUSB0}, {@code tcp 127.0.0.1:10001}
 * @param serial whether it is a serial port: locked in every mode (a serial line carries one conversation) and
 *               with a UUCP {@code LCK..} file as well
 * @param uucpName for a serial port, the UUCP lock name ({@code ttyUSB0}, {@code pts_3}); else null
 */
public record LockTarget(String key, String where, boolean serial, String uucpName) {
    /** A TCP endpoint, keyed by its resolved address (so {@code localhost} and {@code 127.0.0.1} agree). */
    public static LockTarget tcp(String host, int port) {
        String address = host;
        try {
            address = java.net.InetAddress.getByName(host).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            // keyed by the name as given; connecting fails later with its own message
        }
        return new LockTarget(safe("tcp-" + address + "-" + port), "tcp " + host + ":" + port, false, null);
    }

    /** A serial port, keyed by its real path (two links to one port share a lock). */
    public static LockTarget serial(String path) {
        String real = path;
        try {
            real = java.nio.file.Path.of(path).toRealPath().toString();
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            // keyed by the path as given; opening fails later with its own message
        }
        String uucp = real.startsWith("/dev/") ? real.substring(5) : real;
        return new LockTarget(safe("serial-" + real), "serial " + path, true, safe(uucp));
    }

    private static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^_+", "");
        return t.length() <= 120 ? t : t.substring(0, 120);
    }
}
