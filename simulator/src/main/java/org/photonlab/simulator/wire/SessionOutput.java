package org.photonlab.simulator.wire;

/** Where a {@link DeviceSession} writes: a Netty channel or an in-JVM pipe. */
interface SessionOutput {
    /** Writes bytes to the host now. */
    void write(byte[] bytes);

    /** Closes the connection from the device side. */
    void close();

    /** Runs {@code task} after {@code delayNanos} on the connection's single output thread. */
    void schedule(Runnable task, long delayNanos);
}
