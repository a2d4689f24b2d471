package org.photonlab.simulator.opu.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Line framing (a message ends at its line feed) → ASCII text → one {@link SlmsuiteServerHandler} per connection. */
final class SlmsuiteServerInitializer extends ChannelInitializer<SocketChannel> {
    /** Largest request accepted: a 4-megapixel 8-bit pattern stays far below it even uncompressible. */
    static final int MAX_MESSAGE = 64 << 20;
    // the decoder is stateless and sharable
    private static final StringDecoder ASCII = new StringDecoder(StandardCharsets.US_ASCII);
    private final SlmsuiteProtocolLogic logic;
    private final Set<String> allowlist;

    SlmsuiteServerInitializer(SlmsuiteProtocolLogic logic, Set<String> allowlist) {
        this.logic = logic;
        this.allowlist = allowlist;
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(new LineBasedFrameDecoder(MAX_MESSAGE, true, true), ASCII,
                new SlmsuiteServerHandler(logic, allowlist));
    }
}
