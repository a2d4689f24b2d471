package org.photonlab.simulator.wire;

import org.photonlab.hal.bench.Bench;

/** The contract on the in-process chip simulator itself: the reference the wire backends are held to. */
class InProcessContractTest extends HalContract {
    @Override
    protected Bench openBench() {
        return Bench.open(Benches.inProcess(demo()));
    }
}
