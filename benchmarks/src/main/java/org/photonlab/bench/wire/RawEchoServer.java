package org.photonlab.bench.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The baseline for a round trip: a blocking loopback socket that echoes every byte back, with a blocking client
 * that writes a line and reads until LF. Nothing is parsed. {@link #roundTrip} reads the reply one byte per read
 * call (the original baseline); {@link #roundTripBuffered} reads it into a buffer, which is the lower floor.
 */
final class RawEchoServer implements AutoCloseable {
    private final ServerSocket server;
    private final Thread thread;
    private final Socket client;
    private final InputStream in;
    private final OutputStream out;

    RawEchoServer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "raw-echo");
        thread.setDaemon(true);
        thread.start();
        client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        client.setTcpNoDelay(true);
        in = client.getInputStream();
        out = client.getOutputStream();
    }

    private void serve() {
        try (Socket s = server.accept()) {
            s.setTcpNoDelay(true);
            InputStream i = s.getInputStream();
            OutputStream o = s.getOutputStream();
            byte[] buf = new byte[4096];
            int n;
            while ((n = i.read(buf)) > 0) {
                o.write(buf, 0, n);
                o.flush();
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** Sends one line and waits for its echo; returns the bytes echoed. */
    int roundTrip(byte[] line) throws IOException {
        out.write(line);
        out.flush();
        int got = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("echo closed");
            }
            got++;
            if (c == '\n') {
                return got;
            }
        }
    }

    private final byte[] rbuf = new byte[4096];

    /**
     * Like {@link #roundTrip}, but reads into a buffer (one read call per reply instead of one per byte, as the
     * driver's event loop does); returns the bytes echoed.
     */
    int roundTripBuffered(byte[] line) throws IOException {
        out.write(line);
        out.flush();
        int got = 0;
        while (true) {
            int n = in.read(rbuf);
            if (n < 0) {
                throw new IOException("echo closed");
            }
            got += n;
            if (rbuf[n - 1] == '\n') {
                return got;
            }
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
    }
}
