package org.photonlab.simulator.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.photonlab.hal.bench.Bench;

/** The contract on backends qontrol-serial and scpi-serial with Jssc over socat pty pairs into the wire simulator. */
class PtyJsscContractIT extends HalContract {
    private WireSimulator sim;
    private Path dir;

    @Override
    protected void startBackend() {
        Socat.require();
        try {
            dir = Files.createTempDirectory("photonlab-pty");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sim = WireSimulator.start(demo(), WireOptions.ephemeral().withPty(dir));
    }

    @Override
    protected Bench openBench() {
        return Bench.open(ClientBench.of(sim, ClientBench.Transport.PTY_JSSC, Map.of()));
    }

    @Override
    protected void stopBackend() {
        if (sim != null) {
            sim.close();
        }
    }
}
