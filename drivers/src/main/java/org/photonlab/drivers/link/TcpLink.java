package org.photonlab.drivers.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.protocols.line.LineFramer;

/**
 * A TCP connection through Netty. The pipeline is a single handler that feeds {@link LineFramer}: framing is shared
 * with the serial links instead of Netty's {@code LineBasedFrameDecoder}, so every transport splits lines the same
 * way. TCP_NODELAY is on (one short line per request; Nagle would add up to 40 ms).
 *
 * <p>Writes. A request is one short line and the conversation has at most one in flight, so the calling thread
 * writes it straight into the socket (non-blocking) instead of handing it to the event loop: a hand-off is a task
 * queued on the loop plus a selector wake-up, a thread switch that cost about 10 µs of a 33 µs loopback round trip
 * here (docs/drivers.md, Measurements). The event loop keeps everything else: connecting, reading, and any write that does not fit in the
 * socket buffer at once (the rest is queued through {@code writeAndFlush}, and later lines follow it through the
 * loop until it has gone, so bytes never overtake each other). The JDK's socket channel serialises a caller-thread
 * write with the loop's read and with a close, so a write racing a close fails cleanly (the loop then reports the
 * disconnect). Reading stays on the event loop, so asynchronous error lines arrive while no request is waiting.
 * The channel is NIO for that reason too: Netty's native epoll channel would only offer its bare file descriptor,
 * which a close on the event loop could hand to another socket between the check and the write.
 * {@code -Dphotonlab.tcp.loopWrites=true} sends every line through the event loop instead (for comparisons).
 */
public final class TcpLink implements Link {
    /** Lines up to this long are written from the caller's thread; longer ones go through the event loop. */
    private static final int DIRECT_MAX = 8192;
    private static final boolean DIRECT_WRITES = !Boolean.getBoolean("photonlab.tcp.loopWrites");

    private final String host;
    private final int port;
    private final int connectTimeoutMs;
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Writes handed to the event loop and not yet written; while non-zero, later lines queue behind them. */
    private final AtomicInteger queued = new AtomicInteger();
    private final ChannelFutureListener dequeue = f -> queued.decrementAndGet();
    /** Caller-thread output buffer, guarded by {@code this}. */
    private final ByteBuffer out = ByteBuffer.allocateDirect(DIRECT_MAX);
    private volatile Channel channel;

    public TcpLink(String host, int port, int connectTimeoutMs) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMs = connectTimeoutMs;
    }

    @Override
    public void open(LinkListener listener) {
        Bootstrap b = new Bootstrap().group(NettyLoops.clients()).channelFactory(Socket::new)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMs)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel ch) {
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
    public synchronized void write(String line) {
        Channel c = channel;
        if (c == null) {
            return;
        }
        int n = line.length() + 1;
        if (!DIRECT_WRITES || n > DIRECT_MAX || queued.get() > 0 || !c.isActive()) {
            viaLoop(c, encode(line));
            return;
        }
        out.clear();
        for (int i = 0; i < line.length(); i++) {
            out.put(latin1(line.charAt(i)));
        }
        out.put((byte) '\n');
        out.flip();
        try {
            ((Socket) c).direct().write(out);
        } catch (IOException e) {
            // the connection is broken or closing: let the event loop's write fail and report the disconnect
        }
        if (out.hasRemaining()) {
            byte[] rest = new byte[out.remaining()];
            out.get(rest);
            viaLoop(c, rest);
        }
    }

    private void viaLoop(Channel c, byte[] bytes) {
        queued.incrementAndGet();
        c.writeAndFlush(Unpooled.wrappedBuffer(bytes)).addListener(dequeue);
    }

    private static byte[] encode(String line) {
        byte[] b = new byte[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            b[i] = latin1(line.charAt(i));
        }
        b[b.length - 1] = '\n';
        return b;
    }

    /** ISO-8859-1, as the other links encode: a char beyond it becomes '?'. */
    private static byte latin1(char ch) {
        return (byte) (ch <= 0xFF ? ch : '?');
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

    /** Netty's NIO socket channel, with its JDK channel reachable for caller-thread writes. */
    private static final class Socket extends NioSocketChannel {
        java.nio.channels.SocketChannel direct() {
            return javaChannel();
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
