package org.photonlab.simulator.wire;

import java.util.Map;
import org.photonlab.hal.bench.Bench;

/** The contract on backends qontrol-tcp and scpi-tcp against the wire simulator on TCP loopback. */
class TcpContractIT extends HalContract {
    private WireSimulator sim;

    @Override
    protected void startBackend() {
        sim = WireSimulator.start(demo(), WireOptions.ephemeral());
    }

    @Override
    protected Bench openBench() {
        return Bench.open(ClientBench.of(sim, ClientBench.Transport.TCP, Map.of()));
    }

    @Override
    protected void stopBackend() {
        sim.close();
    }
}
