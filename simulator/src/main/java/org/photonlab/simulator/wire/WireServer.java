package org.photonlab.simulator.wire;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.simulator.net.AllowlistFilter;
import org.photonlab.simulator.net.Exposure;

/**
 * Serves one {@link WireDevice} over TCP with Netty: each accepted connection gets its own {@link DeviceSession};
 * all of them share the device's state. TCP_NODELAY, as instruments on port 5025 do. Each connection is one
 * {@link DeviceSession}, which is also what a {@link WatchdogFeed} can be restricted to.
 */
public final class WireServer implements AutoCloseable {
    private final WireDevice device;
    private final Channel server;

    /** Binds {@code exposure}'s address; a client outside its allowlist is closed before anything is read. */
    public WireServer(WireDevice device, EventLoopGroup group, Exposure exposure, int port) {
        this.device = device;
        String bindHost = exposure.bind();
        AllowlistFilter filter = new AllowlistFilter(exposure, "device '" + device.name() + "'");
        ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(filter, new Handler());
                    }
                });
        try {
            this.server = b.bind(bindHost, port).sync().channel();
        } catch (Exception e) {
            throw new DeviceIoException("cannot serve device '" + device.name() + "' on " + bindHost + ":" + port
                    + ": " + e.getMessage(), e);
        }
    }

    /** The bound address (the real port when 0 was asked for). */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.localAddress();
    }

    public WireDevice device() {
        return device;
    }

    @Override
    public void close() {
        server.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        private DeviceSession session;

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            session = new DeviceSession(device, new SessionOutput() {
                @Override
                public void write(byte[] bytes) {
                    ctx.writeAndFlush(Unpooled.wrappedBuffer(bytes));
                }

                @Override
                public void close() {
                    ctx.close();
                }

                @Override
                public void schedule(Runnable task, long delayNanos) {
                    ctx.executor().schedule(task, delayNanos, TimeUnit.NANOSECONDS);
                }
            });
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                byte[] b = new byte[buf.readableBytes()];
                buf.readBytes(b);
                session.receive(b, 0, b.length);
            } finally {
                buf.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (session != null) {
                session.closed();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
