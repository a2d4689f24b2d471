package org.photonlab.simulator.wire;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The IEEE 488.2 / SCPI error queue and event status register of a simulated instrument: errors are queued in
 * order (depth 10, the last slot becomes {@code -350,"Queue overflow"}), {@code SYST:ERR?} pops the oldest.
 */
final class ScpiErrorQueue {
    private static final int DEPTH = 10;
    /** ESR bits: query error, execution error, command error, operation complete. */
    static final int QYE = 4;
    static final int EXE = 16;
    static final int CME = 32;
    static final int OPC = 1;

    private final Deque<String> queue = new ArrayDeque<>();
    private int esr;

    void push(int code, String text) {
        esr |= code <= -100 && code > -200 ? CME : code <= -200 && code > -300 ? EXE : QYE;
        if (queue.size() >= DEPTH) {
            queue.pollLast();
            queue.addLast("-350,\"Queue overflow\"");
            return;
        }
        queue.addLast(code + ",\"" + text + "\"");
    }

    String pop() {
        String e = queue.pollFirst();
        return e == null ? "0,\"No error\"" : e;
    }

    int count() {
        return queue.size();
    }

    void setEsr(int bits) {
        esr |= bits;
    }

    /** Reads and clears the event status register. */
    int readEsr() {
        int v = esr;
        esr = 0;
        return v;
    }

    /** Status byte: bit 2 error queue not empty, bit 5 event status summary. */
    int stb() {
        return (queue.isEmpty() ? 0 : 4) | (esr != 0 ? 32 : 0);
    }

    void clear() {
        queue.clear();
        esr = 0;
    }
}
