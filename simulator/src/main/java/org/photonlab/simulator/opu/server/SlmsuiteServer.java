package org.photonlab.simulator.opu.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import org.photonlab.hal.DeviceIoException;

/**
 * A simulated optical projector (SLM/DMD → scattering medium → camera) served over slmsuite's remote protocol.
 * Binds loopback by default (the protocol has no authentication); any other address needs an allowlist. A
 * connection idle for {@link ServerOptions#idleTimeoutS()} is closed.
 * One I/O thread serves every connection in turn, so the simulated hardware sees one request at a time.
 */
public final class SlmsuiteServer implements AutoCloseable {
    private final ServerOptions options;
    private final EventLoopGroup group;
    private final Channel channel;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SlmsuiteServer(ServerOptions options, EventLoopGroup group, Channel channel) {
        this.options = options;
        this.group = group;
        this.channel = channel;
    }

    /**
     * Binds and starts serving; refuses a non-loopback bind without an allowlist ({@link
     * org.photonlab.simulator.net.Exposure#requireSafe}), throws {@link DeviceIoException} if the address cannot be
     * bound.
     */
    public static SlmsuiteServer start(ServerOptions o) {
        o.network().requireSafe("the projector");
        SlmsuiteProtocolLogic logic = new SlmsuiteProtocolLogic(o, new SpeckleBench(o));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel ch = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new SlmsuiteServerInitializer(logic, o))
                    .bind(new InetSocketAddress(o.bind(), o.port())).sync().channel();
            return new SlmsuiteServer(o, group, ch);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new DeviceIoException("cannot serve the projector on " + o.bind() + ":" + o.port() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    public ServerOptions options() {
        return options;
    }

    /** One line describing the endpoint, e.g. for {@code sim serve}. */
    public String endpointLine() {
        return "projector slmsuite tcp://" + options.bind() + ":" + port() + " hardware ['" + options.slmName()
                + "' (slm, " + options.slmHeight() + "x" + options.slmWidth() + ", "
                + (options.modulation() == org.photonlab.hal.projection.Modulation.DMD_BINARY ? "dmd" : "phase")
                + "), '" + options.cameraName() + "' (camera, " + options.cameraHeight() + "x"
                + options.cameraWidth() + ")]" + options.network().describe();
    }

    /** Blocks until the server is closed. */
    public void awaitClose() throws InterruptedException {
        channel.closeFuture().sync();
    }

    /** Stops serving and releases the port. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.MILLISECONDS).syncUninterruptibly();
    }
}
