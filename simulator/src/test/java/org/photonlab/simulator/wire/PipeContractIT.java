package org.photonlab.simulator.wire;

import org.photonlab.hal.bench.Bench;

/** The contract on the Qontrol and SCPI drivers over in-JVM pipes to the wire simulator (no sockets at all). */
class PipeContractIT extends HalContract {
    private WireSimulator sim;

    @Override
    protected void startBackend() {
        sim = WireSimulator.start(demo(), WireOptions.ephemeral());
    }

    @Override
    protected Bench openBench() {
        return Bench.open(Benches.pipeClient(sim), Benches.pipeProviders(sim));
    }

    @Override
    protected void stopBackend() {
        sim.close();
    }
}
