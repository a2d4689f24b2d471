package org.photonlab.simulator.wire;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer process for {@link WatchdogIT}, to be killed with SIGKILL: for every {@code port:channels} argument it
 * connects, writes 1 V to every channel with one {@code VVEC} per module, prints {@code written}, then feeds the
 * watchdogs with {@code KEEPALIVE=1} every 100 ms until it is killed (no safe state, no close).
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (String a : args) {
            String[] pc = a.split(":");
            Socket s = new Socket("127.0.0.1", Integer.parseInt(pc[0]));
            s.setSoTimeout(5000);
            sockets.add(s);
            int channels = Integer.parseInt(pc[1]);
            for (int first = 0; first < channels; first += QontrolChain.MODULE_CHANNELS) {
                StringBuilder b = new StringBuilder("VVEC").append(first).append('=');
                for (int ch = first; ch < first + QontrolChain.MODULE_CHANNELS; ch++) {
                    b.append(ch == first ? "" : ",").append(ch < channels ? "1.0" : "0.0");
                }
                expectOk(s, b.toString());
            }
        }
        System.out.println("written");
        System.out.flush();
        while (true) {
            for (Socket s : sockets) {
                expectOk(s, "KEEPALIVE=1");
            }
            Thread.sleep(100);
        }
    }

    private static void expectOk(Socket s, String line) throws Exception {
        OutputStream out = s.getOutputStream();
        out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII), 1)
                .readLine();
        if (!"OK".equals(reply)) {
            throw new IllegalStateException("'" + line + "' answered '" + reply + "'");
        }
    }
}
