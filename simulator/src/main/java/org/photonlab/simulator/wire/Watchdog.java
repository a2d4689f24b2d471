package org.photonlab.simulator.wire;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.photonlab.hal.bench.DeviceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device-side watchdog of a module chain: when no output write or keep-alive has fed it for the period (the
 * host crashed, was killed, unplugged, lost its connection), the outputs ramp to 0 V in {@link #STEPS} steps of
 * {@link #STEP_MS} ms, so heaters never stay powered by a host that is gone. Only a {@link WatchdogFeed} feed
 * re-arms it; reads by any client do not. It checks every {@link #STEP_MS} ms, so every output is at 0 V at most
 * period + {@code (STEPS + 1) × STEP_MS} after the last feed.
 */
final class Watchdog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    static final int STEPS = 10;
    static final long STEP_MS = 20;

    /** The period when the bench file does not set {@code sim_watchdog_s}, s. */
    public static final double DEFAULT_PERIOD_S = 2.0;
    /** Longest period a bench file may set, s. */
    public static final double MAX_PERIOD_S = 3600;

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

    /**
     * The watchdog period of a DAC device from its {@code sim_watchdog_s} option, s: {@link #DEFAULT_PERIOD_S} when
     * absent, 0 when the bench file turns it off, refused when not a number in [0, {@link #MAX_PERIOD_S}].
     */
    static double period(DeviceSpec d) {
        return WireDeviceOptions.read(d).number("sim_watchdog_s");
    }

    private synchronized void check() {
        long last = device.watchdogFeed().lastFedNanos();
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
            LOG.warn("{}: no write or keep-alive for {} s (watchdog); ramping every output to 0 V", device.name(),
                    timeoutNanos / 1e9);
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
