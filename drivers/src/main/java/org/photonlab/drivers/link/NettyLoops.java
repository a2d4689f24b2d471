package org.photonlab.drivers.link;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The one Netty event loop group shared by every TCP instrument of the process (lab traffic is a few lines per
 * millisecond; one thread is plenty and keeps the two-core budget). Netty 4.2 style:
 * {@link MultiThreadIoEventLoopGroup} with {@link NioIoHandler}. Daemon threads, so an open link never keeps the JVM
 * alive.
 */
public final class NettyLoops {
    private static final EventLoopGroup CLIENTS = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("photonlab-tcp", true), NioIoHandler.newFactory());

    private NettyLoops() {
    }

    /** The shared client group. Never shut down: it lives as long as the process. */
    public static EventLoopGroup clients() {
        return CLIENTS;
    }
}
