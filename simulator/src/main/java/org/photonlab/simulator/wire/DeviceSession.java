package org.photonlab.simulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.photonlab.protocols.line.LineFramer;

/**
 * One host connection to a {@link WireDevice}: frames the host's bytes with the shared {@link LineFramer}, asks
 * the protocol for the reply and applies the device's injected fault to it. Output stays in order even when a
 * {@link FaultKind#DELAY} stalls the device: later replies queue behind the stalled one, as on a busy instrument.
 * Thread-safe (an in-JVM pipe delivers and schedules on different threads).
 */
final class DeviceSession {
    private final WireDevice device;
    private final SessionOutput out;
    private final LineFramer framer = new LineFramer();
    private long releaseAt;
    private int scheduled;
    private boolean closed;

    DeviceSession(WireDevice device, SessionOutput out) {
        this.device = device;
        this.out = out;
    }

    synchronized void receive(byte[] bytes, int off, int len) {
        if (closed) {
            return;
        }
        LineFramer.Frames f = framer.feed(bytes, off, len);
        for (int i = 0; i < f.overflows(); i++) {
            emit(device.protocol().overflow(), 0);
        }
        for (String line : f.lines()) {
            if (closed) {
                return;
            }
            handle(line);
        }
    }

    private void handle(String line) {
        FaultKind fault = line.isBlank() ? null : device.faults().next();
        if (fault == FaultKind.POWER_CYCLE) {
            emit(device.protocol().powerCycle(), 0);
            return;
        }
        WireLease lease = device.lease();
        List<String> reply = lease == null ? null : device.protocol().handleLease(line, this, lease);
        if (reply == null) {
            reply = device.protocol().handle(line);
        }
        if (device.protocol().feedsWatchdog(line, reply)) {
            // fed even if a fault then loses the reply: the device did receive and apply the write
            device.watchdogFeed().feed(this);
        }
        if (reply.isEmpty() || fault == null) {
            emit(reply, 0);
            return;
        }
        switch (fault) {
            case DROP -> {
                // the reply is lost
            }
            case DELAY -> emit(reply, device.faults().plan().delayMs() * 1_000_000L);
            case GARBLE -> emit(garble(reply), 0);
            case DUPLICATE -> {
                List<String> twice = new ArrayList<>(reply);
                twice.add(reply.get(reply.size() - 1));
                emit(twice, 0);
            }
            case CLOSE -> {
                byte[] all = bytes(reply);
                byte[] half = java.util.Arrays.copyOf(all, Math.max(1, (all.length - 1) / 2));
                enqueue(half, 0);
                enqueueClose();
            }
            case UNSOLICITED -> {
                List<String> withError = new ArrayList<>();
                withError.add(device.protocol().unsolicitedLine());
                withError.addAll(reply);
                emit(withError, 0);
            }
            default -> emit(reply, 0);
        }
    }

    private List<String> garble(List<String> reply) {
        List<String> out = new ArrayList<>(reply);
        int li = device.faults().nextInt(out.size());
        String l = out.get(li);
        char bad = (char) (0x80 + device.faults().nextInt(0x80));
        if (l.isEmpty()) {
            out.set(li, String.valueOf(bad));
        } else {
            int pos = device.faults().nextInt(l.length());
            out.set(li, l.substring(0, pos) + bad + l.substring(pos + 1));
        }
        return out;
    }

    private static byte[] bytes(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void emit(List<String> lines, long stallNanos) {
        if (!lines.isEmpty()) {
            enqueue(bytes(lines), stallNanos);
        }
    }

    private void enqueue(byte[] b, long stallNanos) {
        long now = System.nanoTime();
        if (stallNanos == 0 && scheduled == 0 && releaseAt <= now) {
            out.write(b);
            return;
        }
        releaseAt = Math.max(now, releaseAt) + stallNanos;
        scheduled++;
        out.schedule(() -> {
            synchronized (this) {
                scheduled--;
                if (!closed) {
                    out.write(b);
                }
            }
        }, releaseAt - now);
    }

    private void enqueueClose() {
        long now = System.nanoTime();
        if (scheduled == 0 && releaseAt <= now) {
            closed = true;
            out.close();
            return;
        }
        scheduled++;
        out.schedule(() -> {
            synchronized (this) {
                scheduled--;
                closed = true;
                out.close();
            }
        }, Math.max(0, releaseAt - now));
    }

    synchronized void closed() {
        closed = true;
        if (device.lease() != null) {
            device.lease().closed(this);
        }
    }
}
