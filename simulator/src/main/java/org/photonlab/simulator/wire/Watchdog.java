package org.photonlab.simulator.wire;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device-side watchdog of a module chain: when the host has been silent for the timeout (crashed, unplugged,
 * connection lost), the outputs ramp to 0 V in {@link #STEPS} steps of {@link #STEP_MS} ms, so heaters never stay
 * powered by a host that is gone. Host activity re-arms it.
 */
final class Watchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    static final int STEPS = 10;
    static final long STEP_MS = 20;

    private final WireDevice device;
    private final QontrolChain chain;
    private final long timeoutNanos;
    private final ScheduledFuture<?> tick;
    private long trippedFor = -1;
    private int stepsLeft;

    Watchdog(WireDevice device, QontrolChain chain, double timeoutSeconds, ScheduledExecutorService scheduler) {
        this.device = device;
        this.chain = chain;
        this.timeoutNanos = (long) (timeoutSeconds * 1e9);
        this.tick = scheduler.scheduleWithFixedDelay(this::check, STEP_MS, STEP_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        long last = device.lastHostNanos();
        if (System.nanoTime() - last < timeoutNanos) {
            return;
        }
        if (trippedFor != last) {
            if (chain.atZero()) {
                trippedFor = last;
                return;
            }
            trippedFor = last;
            stepsLeft = STEPS;
            LOG.warn("{}: host silent for {} s; ramping every output to 0 V", device.name(), timeoutNanos / 1e9);
        }
        if (stepsLeft > 0) {
            chain.rampStep(stepsLeft);
            stepsLeft--;
        }
    }

    @Override
    public void close() {
        tick.cancel(false);
    }
}
