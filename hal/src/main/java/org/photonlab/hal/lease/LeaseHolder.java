package org.photonlab.hal.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Who holds (or asks for) a device's write lease: process id, host name, the command it runs, and since when.
 * Encoded on one line as {@code pid=<n>;host=<name>;since=<ISO-8601 UTC>;command=<text>}, the form the wire
 * simulator's {@code LEASE} command and the host-side lock files carry (command last, so it may contain {@code ;}).
 *
 * @param pid     operating-system process id
 * @param host    host name of that process
 * @param command what the process runs, e.g. {@code photonlab train zo --seed 2} (one line, at most
 *                {@value #MAX_COMMAND} characters)
 * @param since   when the lease was taken, whole seconds, UTC
 */
public record LeaseHolder(long pid, String host, String command, Instant since) {
    /** Longest command text kept, characters (the rest is cut, so a lease line stays short on every wire). */
    public static final int MAX_COMMAND = 160;
    /** System property with the command line a launcher wants lease holders to show. */
    public static final String COMMAND_PROPERTY = "photonlab.command";

    public LeaseHolder {
        host = clean(host, 64);
        command = clean(command, MAX_COMMAND);
        since = since.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * This process, now: its pid, this host's name, the command from {@value #COMMAND_PROPERTY} (set by the
     * command line at start) or else the JVM's own {@code sun.java.command}.
     */
    public static LeaseHolder thisProcess() {
        String cmd = System.getProperty(COMMAND_PROPERTY);
        if (cmd == null || cmd.isBlank()) {
            cmd = System.getProperty("sun.java.command", "java");
        }
        return new LeaseHolder(ProcessHandle.current().pid(), localHost(), cmd, Instant.now());
    }

    private static String localHost() {
        String env = System.getenv("HOSTNAME");
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }

    /** The one-line encoding (see the class comment). */
    public String encode() {
        return "pid=" + pid + ";host=" + host + ";since=" + since + ";command=" + command;
    }

    /** Parses {@link #encode()}'s form; null when {@code line} is not one (an empty or foreign lock file). */
    public static LeaseHolder parse(String line) {
        if (line == null) {
            return null;
        }
        String[] p = line.trim().split(";", 4);
        if (p.length != 4 || !p[0].startsWith("pid=") || !p[1].startsWith("host=") || !p[2].startsWith("since=")
                || !p[3].startsWith("command=")) {
            return null;
        }
        try {
            return new LeaseHolder(Long.parseLong(p[0].substring(4)), p[1].substring(5), p[3].substring(8),
                    Instant.parse(p[2].substring(6)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /** For messages: {@code pid 1234 on host lab1, command 'photonlab train zo', since 2026-12-03T13:50:22Z}. */
    public String describe() {
        return "pid " + pid + " on host " + host + ", command '" + command + "', since " + since;
    }

    /** Whether this is the same process as {@code other} (same pid and host). */
    public boolean sameProcess(LeaseHolder other) {
        return other != null && other.pid == pid && other.host.equals(host);
    }

    private static String clean(String s, int max) {
        String t = s == null ? "" : s.replaceAll("[\\p{Cntrl}]", " ").trim();
        if (t.isEmpty()) {
            t = "?";
        }
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }
}
