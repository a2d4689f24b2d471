package org.photonlab.simulator.opu.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.photonlab.hal.LabException;
import org.photonlab.protocols.slmsuite.SlmsuiteCodec;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;

/**
 * One connection, one request, one reply, then close (slmsuite's framing). A client outside the allowlist gets the
 * refusal slmsuite sends and is closed before anything is read; an undecodable request is refused, not fatal.
 */
final class SlmsuiteServerHandler extends SimpleChannelInboundHandler<String> {
    private final SlmsuiteProtocolLogic logic;
    private final Set<String> allowlist;
    private boolean replied;

    SlmsuiteServerHandler(SlmsuiteProtocolLogic logic, Set<String> allowlist) {
        this.logic = logic;
        this.allowlist = allowlist;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (!allowlist.isEmpty() && ctx.channel().remoteAddress() instanceof InetSocketAddress a
                && !allowlist.contains(a.getAddress().getHostAddress())) {
            reply(ctx, SlmsuiteReply.refused("Client ('" + a.getAddress().getHostAddress() + "', " + a.getPort()
                    + ") not in allowlist."));
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String message) {
        if (replied) {
            return;
        }
        SlmsuiteReply r;
        try {
            r = logic.handle(SlmsuiteCodec.decodeRequest(message));
        } catch (LabException e) {
            r = SlmsuiteReply.refused("ValueError: " + e.getMessage());
        }
        reply(ctx, r);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!replied && ctx.channel().isActive()) {
            String why = cause instanceof TooLongFrameException ? "request too long: " + cause.getMessage()
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
