package org.photonlab.drivers.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} commands, replies and events of one device, with wall-clock and monotonic timestamps,
 * so that a fault can be diagnosed from the dump without re-running it. Thread-safe.
 */
public final class RingLog {
    /** What an entry records. */
    public enum Kind {
        TX, RX, EVENT, FAULT
    }

    /** One entry. {@code nanos} is {@link System#nanoTime()}. */
    public record Entry(Instant wall, long nanos, Kind kind, String text) {
    }

    private final Entry[] ring;
    private int next;
    private long total;

    public RingLog(int capacity) {
        this.ring = new Entry[capacity];
    }

    public synchronized void add(Kind kind, String text) {
        ring[next] = new Entry(Instant.now(), System.nanoTime(), kind, text);
        next = (next + 1) % ring.length;
        total++;
    }

    /** Entries oldest first. */
    public synchronized List<Entry> entries() {
        List<Entry> out = new ArrayList<>(ring.length);
        for (int i = 0; i < ring.length; i++) {
            Entry e = ring[(next + i) % ring.length];
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The last received line, or {@code "(nothing)"}, printable. */
    public synchronized String lastReceived() {
        for (int i = 1; i <= ring.length; i++) {
            Entry e = ring[Math.floorMod(next - i, ring.length)];
            if (e != null && e.kind() == Kind.RX) {
                return printable(e.text());
            }
        }
        return "(nothing)";
    }

    /** A multi-line dump, times relative to the newest entry. */
    public String dump() {
        List<Entry> es = entries();
        long newest = es.isEmpty() ? 0 : es.get(es.size() - 1).nanos();
        StringBuilder b = new StringBuilder();
        synchronized (this) {
            b.append("last ").append(es.size()).append(" of ").append(total).append(" messages:");
        }
        for (Entry e : es) {
            b.append("\n  ").append(e.wall()).append(String.format(" %+9.3f ms ", (e.nanos() - newest) / 1e6))
                    .append(e.kind()).append(' ').append(printable(e.text()));
        }
        return b.toString();
    }

    /** Shows control and non-ASCII bytes as {@code \xNN} so that a garbled reply is visible in a log line. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                b.append(String.format("\\x%02X", (int) c & 0xFF));
            }
        }
        return b.toString();
    }
}
