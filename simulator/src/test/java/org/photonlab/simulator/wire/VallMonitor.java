package org.photonlab.simulator.wire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only client, as a lab monitor would be: polls {@code Vall?} on every DAC endpoint of a wire simulator as
 * fast as the devices answer, on its own thread, and tells when every channel of every device read 0 V.
 */
final class VallMonitor implements AutoCloseable {
    private record Device(Socket socket, BufferedReader in, OutputStream out, int channels) {
    }

    private final List<Device> devices = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean allZero;
    private volatile long polls;
    private volatile Throwable failure;

    VallMonitor(WireSimulator sim) throws IOException {
        for (Endpoint e : sim.endpoints()) {
            if (!e.protocol().equals("qontrol")) {
                continue;
            }
            InetSocketAddress a = e.tcp();
            Socket s = new Socket(a.getHostString(), a.getPort());
            s.setSoTimeout(5000);
            devices.add(new Device(s, new BufferedReader(new InputStreamReader(s.getInputStream(),
                    StandardCharsets.US_ASCII)), s.getOutputStream(), sim.chain(e.device()).channels()));
        }
        thread = new Thread(this::run, "vall-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                boolean zero = true;
                for (Device d : devices) {
                    d.out().write("Vall?\n".getBytes(StandardCharsets.US_ASCII));
                    d.out().flush();
                    for (int i = 0; i < d.channels(); i++) {
                        zero &= Double.parseDouble(d.in().readLine()) == 0.0;
                    }
                }
                allZero = zero;
                polls++;
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                failure = e;
            }
        }
    }

    /** Whether the last complete poll read 0 V on every channel. */
    boolean allZero() {
        check();
        return allZero;
    }

    /** Complete polls so far. */
    long polls() {
        check();
        return polls;
    }

    private void check() {
        if (failure != null) {
            throw new UncheckedIOException("the monitor failed", failure instanceof IOException io ? io
                    : new IOException(failure));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        running = false;
        for (Device d : devices) {
            d.socket().close();
        }
        thread.join(5000);
    }
}
