package org.photonlab.simulator.opu.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.photonlab.hal.LabException;
import org.photonlab.protocols.slmsuite.SlmsuiteCodec;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;

/**
 * One connection, one request, one reply, then close (slmsuite's framing). A client outside the allowlist gets the
 * refusal slmsuite sends and is closed before anything is read ({@link #refuseClient}, called by the allowlist
 * filter); an undecodable request is refused, not fatal; a connection idle for the idle timeout is refused and
 * closed. Arrays in a request are bounded before they are inflated.
 */
final class SlmsuiteServerHandler extends SimpleChannelInboundHandler<String> {
    private final SlmsuiteProtocolLogic logic;
    private final long maxArrayBytes;
    private boolean replied;

    SlmsuiteServerHandler(SlmsuiteProtocolLogic logic, long maxArrayBytes) {
        this.logic = logic;
        this.maxArrayBytes = maxArrayBytes;
    }

    /** The refusal slmsuite's server sends a client outside its allowlist. */
    static ChannelFuture refuseClient(ChannelHandlerContext ctx, InetSocketAddress a) {
        String text = SlmsuiteCodec.encodeReply(SlmsuiteReply.refused("Client ('" + a.getAddress().getHostAddress()
                + "', " + a.getPort() + ") not in allowlist."));
        return ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String message) {
        if (replied) {
            return;
        }
        SlmsuiteReply r;
        try {
            r = logic.handle(SlmsuiteCodec.decodeRequest(message, maxArrayBytes));
        } catch (LabException e) {
            r = SlmsuiteReply.refused("ValueError: " + e.getMessage());
        }
        reply(ctx, r);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!replied && ctx.channel().isActive()) {
            String why = cause instanceof TooLongFrameException ? "request too long: " + cause.getMessage()
                    : cause instanceof ReadTimeoutException ? "no complete request within the idle timeout; closing"
                    : cause.toString();
            reply(ctx, SlmsuiteReply.refused("ValueError: " + why));
        } else {
            ctx.close();
        }
    }

    private void reply(ChannelHandlerContext ctx, SlmsuiteReply r) {
        replied = true;
        String text = SlmsuiteCodec.encodeReply(r);
        ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII))
                .addListener(ChannelFutureListener.CLOSE);
    }
}
