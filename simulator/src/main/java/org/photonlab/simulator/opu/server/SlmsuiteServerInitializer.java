package org.photonlab.simulator.opu.server;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.photonlab.simulator.net.AllowlistFilter;

/**
 * Allowlist → idle timeout → line framing (a message ends at its line feed) → ASCII text → one
 * {@link SlmsuiteServerHandler} per connection.
 */
final class SlmsuiteServerInitializer extends ChannelInitializer<SocketChannel> {
    // the decoder is stateless and sharable
    private static final StringDecoder ASCII = new StringDecoder(StandardCharsets.US_ASCII);
    private final SlmsuiteProtocolLogic logic;
    private final ServerOptions options;
    private final AllowlistFilter filter;
    private final int maxMessage;

    SlmsuiteServerInitializer(SlmsuiteProtocolLogic logic, ServerOptions options) {
        this.logic = logic;
        this.options = options;
        this.filter = new AllowlistFilter(options.network(), "projector", SlmsuiteServerHandler::refuseClient);
        this.maxMessage = maxMessage(options);
    }

    /**
     * Largest request line, bytes: the largest array the SLM takes, base64-encoded (×4/3) and then quote_plus'd
     * (at worst ×3, when every base64 character is escaped) even if it did not compress at all, plus 64 KiB for
     * the rest of the request. The line is buffered whole before decoding, so this bounds its memory.
     */
    static int maxMessage(ServerOptions o) {
        return (int) Math.min(Integer.MAX_VALUE - 8, o.maxRequestArrayBytes() * 4 + (64 << 10));
    }

    @Override
    protected void initChannel(SocketChannel ch) {
        ch.pipeline().addLast(filter,
                new ReadTimeoutHandler((long) (options.idleTimeoutS() * 1e9), TimeUnit.NANOSECONDS),
                new LineBasedFrameDecoder(maxMessage, true, true), ASCII,
                new SlmsuiteServerHandler(logic, options.maxRequestArrayBytes()));
    }
}
