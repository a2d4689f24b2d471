package org.photonlab.drivers.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.photonlab.hal.DeviceIoException;

/**
 * A TCP connection through Netty. The pipeline is a single handler that feeds {@link LineFramer}: framing is shared
 * with the serial links instead of Netty's {@code LineBasedFrameDecoder}, so every transport splits lines the same
 * way. TCP_NODELAY is on (one short line per request; Nagle would add up to 40 ms).
 */
public final class TcpLink implements Link {
    private final String host;
    private final int port;
    private final int connectTimeoutMs;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile Channel channel;

    public TcpLink(String host, int port, int connectTimeoutMs) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMs = connectTimeoutMs;
    }

    @Override
    public void open(LinkListener listener) {
        Bootstrap b = new Bootstrap().group(NettyLoops.clients()).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMs)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new Reader(listener));
                    }
                });
        ChannelFuture f = b.connect(host, port).awaitUninterruptibly();
        if (!f.isSuccess()) {
            Throwable c = f.cause();
            throw new DeviceIoException("cannot connect to " + describe() + ": "
                    + (c == null ? "unknown error" : c.getMessage()), c);
        }
        channel = f.channel();
    }

    @Override
    public void write(String line) {
        Channel c = channel;
        if (c != null) {
            c.writeAndFlush(Unpooled.wrappedBuffer((line + "\n").getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    @Override
    public String describe() {
        return "tcp " + host + ":" + port;
    }

    @Override
    public void close() {
        closing.set(true);
        Channel c = channel;
        if (c != null) {
            c.close().awaitUninterruptibly();
        }
    }

    private final class Reader extends ChannelInboundHandlerAdapter {
        private final LinkListener listener;
        private final LineFramer framer = new LineFramer();
        private byte[] scratch = new byte[512];

        Reader(LinkListener listener) {
            this.listener = listener;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                int n = buf.readableBytes();
                if (scratch.length < n) {
                    scratch = new byte[Math.max(n, 2 * scratch.length)];
                }
                buf.readBytes(scratch, 0, n);
                LineFramer.Frames f = framer.feed(scratch, 0, n);
                if (!f.lines().isEmpty() || f.overflows() > 0) {
                    listener.onLines(f.lines(), f.overflows());
                }
            } finally {
                buf.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (!closing.get()) {
                listener.onDisconnect("peer closed " + describe());
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }
}
