package org.photonlab.drivers.link;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.photonlab.protocols.line.LineFramer;
import org.photonlab.protocols.line.PipePeer;

/**
 * An in-JVM connection to a {@link PipePeer}. Each direction runs on its own single thread, as a real transport
 * would, so that neither side ever runs inside the other's call stack (no re-entrancy the real links do not have).
 */
public final class PipeLink implements Link {
    private final PipePeer peer;
    private ExecutorService toDevice;
    private ExecutorService toHost;
    private volatile PipePeer.Connection connection;
    private volatile boolean closed;

    public PipeLink(PipePeer peer) {
        this.peer = peer;
    }

    @Override
    public void open(LinkListener listener) {
        toDevice = Executors.newSingleThreadExecutor(r -> daemon(r, "photonlab-pipe-tx " + peer.name()));
        toHost = Executors.newSingleThreadExecutor(r -> daemon(r, "photonlab-pipe-rx " + peer.name()));
        LineFramer framer = new LineFramer();
        connection = peer.accept(bytes -> {
            if (!closed) {
                toHost.execute(() -> {
                    LineFramer.Frames f = framer.feed(bytes, 0, bytes.length);
                    if (!closed && (!f.lines().isEmpty() || f.overflows() > 0)) {
                        listener.onLines(f.lines(), f.overflows());
                    }
                });
            }
        }, () -> {
            if (!closed) {
                closed = true;
                toHost.execute(() -> listener.onDisconnect("device hung up the pipe to " + peer.name()));
            }
        });
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void write(String line) {
        if (closed) {
            return;
        }
        byte[] b = (line + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        PipePeer.Connection c = connection;
        try {
            toDevice.execute(() -> c.receive(b));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed concurrently
        }
    }

    @Override
    public String describe() {
        return "pipe " + peer.name();
    }

    @Override
    public void close() {
        closed = true;
        if (toDevice == null) {
            return;
        }
        PipePeer.Connection c = connection;
        toDevice.execute(c::close);
        toDevice.shutdown();
        toHost.shutdown();
        try {
            toDevice.awaitTermination(1, TimeUnit.SECONDS);
            toHost.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
