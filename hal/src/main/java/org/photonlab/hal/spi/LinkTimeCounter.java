package org.photonlab.hal.spi;

import org.photonlab.hal.time.BenchTime;

/**
 * Optional backend capability: the backend charges the link time of the exchanges it really makes (bytes sent and
 * received, per its devices' {@link org.photonlab.hal.bench.DeviceTiming}) to the bench's ledger itself, so the HAL
 * does not estimate it. A driver backend offers it; the in-process simulator does not (the HAL estimates the traffic
 * of the vendor formats it stands for).
 *
 * <p>Thread rules: called once, while the bench opens, before any device is used; the backend then charges from
 * whichever threads its conversations run on ({@link BenchTime} is thread-safe).
 */
public interface LinkTimeCounter {
    /** From now on, charge every exchange's link time to {@code time}. */
    void countLinkTime(BenchTime time);
}
