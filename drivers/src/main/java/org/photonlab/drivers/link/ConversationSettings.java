package org.photonlab.drivers.link;

import java.time.Duration;
import java.util.Map;
import org.photonlab.drivers.DriverOptions;
import org.photonlab.hal.spi.OptionValues;

/**
 * Timing of a {@link Conversation}. Every value is a Java-side deadline on the monotonic clock; nothing here is
 * handed to the OS (jSerialComm's POSIX timeouts are 8-bit deciseconds and wrap above 25.5 s).
 *
 * @param timeout          deadline of one request
 * @param quiet            silence that ends a drain or an until-quiet reply (Qontrol's library uses 50 ms)
 * @param attempts         tries of one idempotent request before it fails for good
 * @param backoff          first reconnect delay, doubled per failed attempt
 * @param maxBackoff       cap of the reconnect delay
 * @param reconnectBudget  total time this device may spend reconnecting in one session (bench option
 *                         {@code reconnect_s}, default 10 s), not per request; when it is used up the bench is
 *                         given up
 * @param liveness         shared by every device of the same open bench ({@link BenchLiveness})
 */
public record ConversationSettings(Duration timeout, Duration quiet, int attempts, Duration backoff,
                                   Duration maxBackoff, Duration reconnectBudget, BenchLiveness liveness) {
    /** Settings with a liveness of their own (a device outside a bench). */
    public ConversationSettings(Duration timeout, Duration quiet, int attempts, Duration backoff,
                                Duration maxBackoff, Duration reconnectBudget) {
        this(timeout, quiet, attempts, backoff, maxBackoff, reconnectBudget, BenchLiveness.standalone());
    }

    /** The same timing, sharing {@code bench}'s liveness. */
    public ConversationSettings withLiveness(BenchLiveness bench) {
        return new ConversationSettings(timeout, quiet, attempts, backoff, maxBackoff, reconnectBudget, bench);
    }

    public static final ConversationSettings DEFAULTS = new ConversationSettings(Duration.ofMillis(250),
            Duration.ofMillis(50), 6, Duration.ofMillis(20), Duration.ofMillis(500), Duration.ofSeconds(10));

    /**
     * Reads {@code timeout_ms}, {@code quiet_ms}, {@code attempts} and {@code reconnect_s} from a device's bench
     * options, falling back to {@link #DEFAULTS}.
     */
    public static ConversationSettings fromOptions(String device, Map<String, Object> options) {
        OptionValues o = DriverOptions.CONVERSATION.readKnown("devices." + device + ".options", options);
        Duration timeout = Duration.ofMillis(o.integer("timeout_ms"));
        Duration quiet = Duration.ofMillis(o.integer("quiet_ms"));
        int attempts = (int) o.integer("attempts");
        Duration budget = Duration.ofSeconds(o.integer("reconnect_s"));
        return new ConversationSettings(timeout, quiet, attempts, DEFAULTS.backoff, DEFAULTS.maxBackoff, budget);
    }
}
