package org.photonlab.simulator.net;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ipfilter.AbstractRemoteAddressFilter;
import java.net.InetSocketAddress;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of every accepted connection: a client outside the {@link Exposure}'s allowlist is closed before
 * anything it sent is read (Netty's remote-address filter). A server may say why first (the projector sends
 * slmsuite's refusal); the device servers just close, as an instrument's own IP filter would. Sharable.
 */
@ChannelHandler.Sharable
public final class AllowlistFilter extends AbstractRemoteAddressFilter<InetSocketAddress> {
    private static final Logger LOG = LoggerFactory.getLogger(AllowlistFilter.class);

    private final Exposure exposure;
    private final String server;
    private final BiFunction<ChannelHandlerContext, InetSocketAddress, ChannelFuture> farewell;

    /**
     * @param server   the server's name, for the log line
     * @param farewell what to send a refused client before the close (may return null: close at once)
     */
    public AllowlistFilter(Exposure exposure, String server,
                           BiFunction<ChannelHandlerContext, InetSocketAddress, ChannelFuture> farewell) {
        this.exposure = exposure;
        this.server = server;
        this.farewell = farewell;
    }

    /** Closes refused clients without a word. */
    public AllowlistFilter(Exposure exposure, String server) {
        this(exposure, server, (ctx, a) -> null);
    }

    @Override
    protected boolean accept(ChannelHandlerContext ctx, InetSocketAddress remote) {
        return exposure.allows(remote.getAddress());
    }

    @Override
    protected ChannelFuture channelRejected(ChannelHandlerContext ctx, InetSocketAddress remote) {
        LOG.warn("{}: closed a connection from {} (not in the allowlist {})", server,
                remote.getAddress().getHostAddress(), exposure.allowlist());
        return farewell.apply(ctx, remote);
    }
}
