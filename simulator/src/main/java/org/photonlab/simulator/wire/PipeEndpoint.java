package org.photonlab.simulator.wire;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.photonlab.protocols.line.PipePeer;

/** Serves a {@link WireDevice} to an in-JVM host pipe (the drivers' {@code PipeLink}). */
public final class PipeEndpoint implements PipePeer {
    private final WireDevice device;
    private final ScheduledExecutorService scheduler;

    PipeEndpoint(WireDevice device, ScheduledExecutorService scheduler) {
        this.device = device;
        this.scheduler = scheduler;
    }

    @Override
    public Connection accept(Consumer<byte[]> toHost, Runnable hangUp) {
        DeviceSession session = new DeviceSession(device, new SessionOutput() {
            @Override
            public void write(byte[] bytes) {
                toHost.accept(bytes);
            }

            @Override
            public void close() {
                hangUp.run();
            }

            @Override
            public void schedule(Runnable task, long delayNanos) {
                scheduler.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
            }
        });
        return new Connection() {
            @Override
            public void receive(byte[] bytes) {
                session.receive(bytes, 0, bytes.length);
            }

            @Override
            public void close() {
                session.closed();
            }
        };
    }

    @Override
    public String name() {
        return device.name();
    }
}
