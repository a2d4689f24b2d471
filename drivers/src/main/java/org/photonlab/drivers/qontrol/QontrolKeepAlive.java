package org.photonlab.drivers.qontrol;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.photonlab.drivers.link.Conversation;
import org.photonlab.hal.LabException;
import org.photonlab.protocols.qontrol.QontrolReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a device's host watchdog while the host is idle: when no output write has gone out for the interval, sends
 * {@code KEEPALIVE=1} (answered {@code OK}). Only writes and keep-alives feed such a watchdog, never reads, so a
 * run that only reads for a while (evaluation, a long DFA phase) still keeps its heaters. One daemon thread per
 * device; the keep-alive queues behind any request in flight (the conversation is single-flight). A failed
 * keep-alive is logged, not thrown: the run's next request meets the same fault and reports it.
 */
final class QontrolKeepAlive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QontrolKeepAlive.class);

    private final String device;
    private final Conversation conversation;
    private final long intervalNanos;
    private final ScheduledExecutorService timer;
    private volatile long lastFedNanos = System.nanoTime();
    private volatile boolean failing;

    /**
     * @param intervalNanos longest idle time before a keep-alive, ns; a quarter of the device's period leaves room
     *                      for a request in flight and a slow link
     */
    QontrolKeepAlive(String device, Conversation conversation, long intervalNanos) {
        this.device = device;
        this.conversation = conversation;
        this.intervalNanos = intervalNanos;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "photonlab-keepalive-" + device);
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(1, intervalNanos / 2);
        timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.NANOSECONDS);
    }

    /** Records that an output write just fed the watchdog. Any thread. */
    void fed() {
        lastFedNanos = System.nanoTime();
    }

    private void tick() {
        if (System.nanoTime() - lastFedNanos < intervalNanos || conversation.givenUp()) {
            // on a given-up bench the device's one last attempt is kept for its safe-state write
            return;
        }
        try {
            conversation.call("KEEPALIVE=1", QontrolReplies.OK, QontrolReplies.OK_PARSER);
            fed();
            failing = false;
        } catch (LabException e) {
            if (!failing) {
                LOG.warn("{}: keep-alive failed (the device watchdog may zero the outputs): {}", device,
                        e.getMessage());
            }
            failing = true;
        }
    }

    /** Stops sending keep-alives; waits for one in flight (bounded). */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
