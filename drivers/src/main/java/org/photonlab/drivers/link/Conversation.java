package org.photonlab.drivers.link;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.DeviceTimeoutException;
import org.photonlab.hal.LabException;
import org.photonlab.protocols.line.LineFramer;
import org.photonlab.protocols.line.ProtocolException;
import org.photonlab.protocols.line.ReplyParser;
import org.photonlab.protocols.line.ReplyRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The correlator between a driver and one {@link Link}, shared by every transport and protocol.
 *
 * <ul>
 *   <li>At most one request in flight: SCPI and Qontrol carry no request ids, so order is the only correlation.</li>
 *   <li>Each request has a deadline on {@link System#nanoTime()}.</li>
 *   <li>Lines matching the device's asynchronous pattern (Qontrol {@code E02:05}) go to the event listener, never
 *       into a reply; the waiting request only learns whether such a line refused or lost its command.</li>
 *   <li>After a timeout, a malformed reply or a stray line the link is marked out of step and resynchronised before
 *       the next request: a quiet period, then a sentinel query whose answer is recognisable; everything before it
 *       is discarded. Without this a late reply is attributed to the next command.</li>
 *   <li>A lost connection is re-opened with exponential backoff, then {@link Hooks#afterConnect} identifies the
 *       device and reconciles its setpoints. The reconnect budget ({@link ConversationSettings#reconnectBudget()})
 *       is a total for the session, not per request: time spent reconnecting accumulates, and when it is used up
 *       the device is unreachable and its bench is marked dead ({@link BenchLiveness}). On a dead bench every
 *       request gets one attempt, a device not connected gets one last connection attempt, and after that every
 *       request fails at once with {@link DeviceUnreachableException}.</li>
 *   <li>On a link that keeps the device's input between connections (a serial port), a line-clear sequence is sent
 *       first ({@link #clearLineOnOpen}), so that a partial line left by a killed writer cannot garble the first
 *       request; whatever the device answers to it is discarded, then the link is resynchronised.</li>
 *   <li>Every line in and out is kept in a {@link RingLog}, dumped to the log on a fault.</li>
 * </ul>
 */
public final class Conversation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    /** Driver callbacks run with the request lock held; they may call {@link #call} and {@link #send}. */
    public interface Hooks {
        /** After every (re)connect: identity check and reconciliation. */
        void afterConnect(Conversation c);

        /** Before each top-level request (for example, reconcile after a power-up event). */
        default void beforeRequest(Conversation c) {
        }
    }

    /** Lost commands (device power-ups) tolerated per request on top of the transport attempts. */
    private static final int LOST_COMMAND_BUDGET = 50;

    private final String device;
    private final LinkOpener opener;
    private final Pattern asyncPattern;
    private final Consumer<String> events;
    private final String sentinel;
    private final Predicate<String> sentinelReply;
    private final ConversationSettings settings;
    private final RingLog log = new RingLog(256);
    private final Object requestLock = new Object();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicLong faultsHandled = new AtomicLong();
    private Hooks hooks;
    private final BenchLiveness liveness;
    private volatile String lineClear;

    // guarded by lock
    private Link link;
    private boolean connected;
    private boolean closed;
    private boolean desync;
    private Pending pending;
    private long lastRxNanos = System.nanoTime();
    private boolean freshConnection;
    /** Lines answering the line-clear sequence: recorded, never events or replies. */
    private boolean clearing;

    // guarded by requestLock
    private boolean inHook;
    private boolean everConnected;
    private long reconnectSpentNanos;
    private boolean lastChanceUsed;

    private static final class Pending {
        final String command;
        final ReplyRule rule;
        final List<String> lines = new ArrayList<>();
        volatile boolean done;
        ReplyRule.AsyncVerdict verdict = ReplyRule.AsyncVerdict.IGNORE;
        String asyncLine;
        String failure;

        Pending(String command, ReplyRule rule) {
            this.command = command;
            this.rule = rule;
        }
    }

    /**
     * @param device        device name for messages
     * @param opener        makes a fresh link per connection attempt
     * @param asyncPattern  lines that are asynchronous events, or {@code null} when the protocol has none
     * @param events        receives every asynchronous line, on the reader thread with the conversation locked: it
     *                      must only record the event (never call back into the conversation)
     * @param sentinel      query used to resynchronise ({@code id?}, {@code *IDN?})
     * @param sentinelReply recognises the sentinel's answer among stale lines
     */
    public Conversation(String device, LinkOpener opener, Pattern asyncPattern, Consumer<String> events,
                        String sentinel, Predicate<String> sentinelReply, ConversationSettings settings) {
        this.device = device;
        this.opener = opener;
        this.asyncPattern = asyncPattern;
        this.events = events;
        this.sentinel = sentinel;
        this.sentinelReply = sentinelReply;
        this.settings = settings;
        this.liveness = settings.liveness();
    }

    public String device() {
        return device;
    }

    /**
     * Sends {@code sequence} (a line the protocol refuses whatever precedes it, so a partial command left on the
     * device is refused rather than completed) right after opening a link that keeps the device's input between
     * connections, before any request (before {@link #connect}).
     */
    public Conversation clearLineOnOpen(String sequence) {
        this.lineClear = sequence;
        return this;
    }

    public RingLog ringLog() {
        return log;
    }

    /** Faults recovered from so far (timeouts, garbled or stray lines, lost connections, lost commands). */
    public long faultsHandled() {
        return faultsHandled.get();
    }

    /**
     * Opens the link and runs {@link Hooks#afterConnect}, retrying transport failures with backoff within the
     * reconnect budget; a {@link LabException} that is not a transport failure (wrong identity) is thrown at once.
     */
    public void connect(Hooks hooks) {
        synchronized (requestLock) {
            this.hooks = hooks;
            reconnect();
        }
    }

    /**
     * Sends an idempotent request and parses its reply, retrying after resynchronisation or reconnection when the
     * transport fails or the reply is malformed. A refusal by the device is thrown at once.
     */
    public <T> T call(String command, ReplyRule rule, ReplyParser<T> parser) {
        synchronized (requestLock) {
            DeviceIoException last = null;
            int lost = 0;
            for (int attempt = 1; attempt <= attempts(); attempt++) {
                try {
                    ensureReady();
                    List<String> lines = exchange(command, rule, deadlineNanos());
                    try {
                        return parser.parse(lines);
                    } catch (ProtocolException e) {
                        markDesync();
                        throw new ProtocolException(device + ": reply to '" + command + "' was "
                                + printable(lines) + ", expected " + rule.expected() + " (" + e.getMessage() + ")");
                    }
                } catch (DeviceUnreachableException e) {
                    throw e;
                } catch (DeviceIoException e) {
                    last = e;
                    faultsHandled.incrementAndGet();
                    if (liveness.isDead()) {
                        // the bench was given up: one attempt, no recovery
                        lastChanceUsed = true;
                        throw new DeviceUnreachableException(device + ": '" + abbreviate(command)
                                + "' failed and the bench was given up (" + liveness.deadReason() + "); last error: "
                                + e.getMessage(), e);
                    }
                    if (e instanceof CommandLostException && !inHook && ++lost <= LOST_COMMAND_BUDGET) {
                        // a clean device event (power-up), not a transport fault: it does not use up an attempt
                        attempt--;
                    }
                    log.add(RingLog.Kind.FAULT, "attempt " + attempt + ": " + e.getMessage());
                    LOG.warn("{}: attempt {} of '{}' failed, will resynchronise: {}", device, attempt, command,
                            e.getMessage());
                    if (inHook) {
                        // the outer request owns recovery; do not stack reconnects inside a hook
                        throw e;
                    }
                }
            }
            String dump = log.dump();
            LOG.error("{}: '{}' failed {} times; {}", device, command, settings.attempts(), dump);
            String msg = device + ": '" + abbreviate(command) + "' failed " + settings.attempts()
                    + " times; last error: " + last.getMessage();
            // a device that fails every attempt of a request is as good as gone: give the bench up, so the other
            // devices' safe-state writes get one attempt each instead of their full recovery
            liveness.markDead(msg);
            throw new DeviceUnreachableException(msg, last);
        }
    }

    /** True once this device's bench was given up (or the process is exiting): one attempt left at most. */
    public boolean givenUp() {
        return liveness.isDead();
    }

    /** Attempts per request: one once the bench has been given up. */
    private int attempts() {
        return liveness.isDead() ? 1 : settings.attempts();
    }

    private static String abbreviate(String command) {
        return command.length() <= 40 ? command : command.substring(0, 37) + "...";
    }

    /** Sends a command that has no reply (SCPI settings); the next request detects any trouble. */
    public void send(String command) {
        synchronized (requestLock) {
            ensureReady();
            lock.lock();
            try {
                requireConnected(command);
                log.add(RingLog.Kind.TX, command);
                link.write(command);
            } finally {
                lock.unlock();
            }
        }
    }

    /** Marks the link out of step: the next request resynchronises first. */
    public void markDesync() {
        lock.lock();
        try {
            desync = true;
        } finally {
            lock.unlock();
        }
    }

    private void ensureReady() {
        boolean up;
        lock.lock();
        try {
            if (closed) {
                throw new LabException(device + ": connection is closed");
            }
            up = connected;
        } finally {
            lock.unlock();
        }
        if (!up) {
            if (inHook) {
                throw new DeviceIoException(device + ": connection lost during reconnection checks");
            }
            reconnect();
        }
        boolean needResync;
        lock.lock();
        try {
            needResync = desync;
        } finally {
            lock.unlock();
        }
        if (needResync) {
            resync();
        }
        if (!inHook && hooks != null) {
            inHook = true;
            try {
                hooks.beforeRequest(this);
            } finally {
                inHook = false;
            }
        }
    }

    /**
     * (Re)opens the link within what is left of the session's reconnect budget; marks the bench dead when it runs
     * out. On a dead bench: one last attempt, then fail fast.
     */
    private void reconnect() {
        if (liveness.isDead()) {
            lastChance();
            return;
        }
        long budget = settings.reconnectBudget().toNanos();
        long backoff = settings.backoff().toNanos();
        DeviceIoException last = null;
        while (true) {
            long start = System.nanoTime();
            try {
                openLink();
                runAfterConnect();
                reconnectSpentNanos += System.nanoTime() - start;
                LOG.info("{}: {} over {}", device, everConnected ? "reconnected" : "connected", link.describe());
                everConnected = true;
                return;
            } catch (DeviceIoException e) {
                last = e;
                closeLink();
            }
            reconnectSpentNanos += System.nanoTime() - start;
            requireOpen();
            if (liveness.isDead()) {
                // another device of the bench gave up meanwhile (or the process is exiting): this one does not
                // spend more time either; its one last attempt is left for the safe state
                throw new DeviceUnreachableException(device + ": not reached (" + last.getMessage()
                        + "); the bench was given up: " + liveness.deadReason(), last);
            }
            if (reconnectSpentNanos + backoff > budget) {
                String msg = device + ": cannot " + (everConnected ? "reconnect" : "connect") + " within the "
                        + budgetText() + " reconnect budget of this session (options.reconnect_s); last error: "
                        + last.getMessage();
                liveness.markDead(msg);
                LOG.error("{}; the bench is given up: every further request fails at once", msg);
                throw new DeviceUnreachableException(msg, last);
            }
            long sleepStart = System.nanoTime();
            sleepNanos(backoff);
            reconnectSpentNanos += System.nanoTime() - sleepStart;
            backoff = Math.min(backoff * 2, settings.maxBackoff().toNanos());
        }
    }

    /** One connection attempt on a dead bench (in practice the safe-state write); afterwards fail fast. */
    private void lastChance() {
        if (lastChanceUsed) {
            throw new DeviceUnreachableException(device + ": not connected and the bench was given up ("
                    + liveness.deadReason() + ")");
        }
        lastChanceUsed = true;
        try {
            openLink();
            runAfterConnect();
            LOG.info("{}: reached once more over {} after the bench was given up", device, link.describe());
        } catch (DeviceIoException e) {
            closeLink();
            throw new DeviceUnreachableException(device + ": not reached in one last attempt after the bench was "
                    + "given up: " + e.getMessage(), e);
        }
    }

    private String budgetText() {
        long ms = settings.reconnectBudget().toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }

    private void requireOpen() {
        lock.lock();
        try {
            if (closed) {
                throw new LabException(device + ": connection is closed");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The request deadline; the first request after a (re)connect gets four times as long, because either end may
     * be cold (class loading, JIT, Netty's buffer pools) and a spurious timeout there would cost a resync.
     */
    private long deadlineNanos() {
        long t = settings.timeout().toNanos();
        lock.lock();
        try {
            if (freshConnection) {
                freshConnection = false;
                return 4 * t;
            }
            return t;
        } finally {
            lock.unlock();
        }
    }

    private void openLink() {
        closeLink();
        Link fresh = opener.create();
        fresh.open(new Listener(fresh));
        lock.lock();
        try {
            link = fresh;
            connected = true;
            freshConnection = true;
            desync = false;
            lastRxNanos = System.nanoTime();
        } finally {
            lock.unlock();
        }
        log.add(RingLog.Kind.EVENT, "connected: " + fresh.describe());
        String clear = lineClear;
        if (clear != null && fresh.keepsDeviceInput()) {
            // a killed writer may have left half a command in the device's input; the clear sequence makes the
            // device refuse it (never complete it), and the answer is discarded in the drain below
            lock.lock();
            try {
                clearing = true;
                desync = true;
            } finally {
                lock.unlock();
            }
            log.add(RingLog.Kind.TX, clear);
            fresh.write(clear);
        }
        // like the vendor library, discard whatever the device says first (power-up lines, stale replies)
        drainQuiet();
    }

    private void runAfterConnect() {
        if (hooks == null) {
            return;
        }
        inHook = true;
        try {
            hooks.afterConnect(this);
        } finally {
            inHook = false;
        }
    }

    private void resync() {
        drainQuiet();
        if (sentinel != null) {
            ReplyRule rule = new ReplyRule() {
                @Override
                public boolean complete(List<String> lines) {
                    return sentinelReply.test(lines.get(lines.size() - 1));
                }

                @Override
                public String expected() {
                    return "the answer to '" + sentinel + "'";
                }
            };
            exchange(sentinel, rule, settings.timeout().toNanos());
        }
        lock.lock();
        try {
            desync = false;
            clearing = false;
        } finally {
            lock.unlock();
        }
        log.add(RingLog.Kind.EVENT, "resynchronised");
    }

    /** Waits until nothing has arrived for the quiet period (bounded, in case the device keeps talking). */
    private void drainQuiet() {
        long quiet = settings.quiet().toNanos();
        long hardEnd = System.nanoTime() + Math.max(20 * quiet, settings.timeout().toNanos());
        lock.lock();
        try {
            long start = System.nanoTime();
            while (true) {
                long now = System.nanoTime();
                long since = now - Math.max(lastRxNanos, start);
                if (since >= quiet || now >= hardEnd || !connected) {
                    return;
                }
                changed.awaitNanos(quiet - since);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceIoException(device + ": interrupted while draining input");
        } finally {
            lock.unlock();
        }
    }

    private List<String> exchange(String command, ReplyRule rule, long timeoutNanos) {
        lock.lock();
        try {
            requireConnected(command);
            Pending p = new Pending(command, rule);
            pending = p;
            log.add(RingLog.Kind.TX, command);
            link.write(command);
            long deadline = System.nanoTime() + timeoutNanos;
            long quiet = settings.quiet().toNanos();
            while (!p.done) {
                long now = System.nanoTime();
                long wait = deadline - now;
                if (rule.endsOnQuiet() && !p.lines.isEmpty()) {
                    long sinceRx = now - lastRxNanos;
                    if (sinceRx >= quiet) {
                        p.done = true;
                        break;
                    }
                    wait = Math.min(wait, quiet - sinceRx);
                }
                if (wait <= 0) {
                    desync = true;
                    String msg = device + ": no complete reply to '" + command + "' within "
                            + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms; expected " + rule.expected()
                            + "; got " + printable(p.lines) + ", last bytes received: '" + log.lastReceived()
                            + "' over " + link.describe();
                    log.add(RingLog.Kind.FAULT, "timeout: " + command);
                    throw new DeviceTimeoutException(msg);
                }
                changed.awaitNanos(wait);
            }
            if (p.failure != null) {
                throw new DeviceIoException(device + ": " + p.failure + " while waiting for the reply to '"
                        + command + "' (expected " + rule.expected() + "; last bytes received: '"
                        + log.lastReceived() + "')");
            }
            if (p.verdict == ReplyRule.AsyncVerdict.REFUSE) {
                throw new DeviceRefusedException(device + ": '" + command + "' was refused with '"
                        + p.asyncLine + "'; expected " + rule.expected(), p.asyncLine);
            }
            if (p.verdict == ReplyRule.AsyncVerdict.RETRY) {
                throw new CommandLostException(device + ": '" + command + "' was lost: the device reported '"
                        + p.asyncLine + "'");
            }
            return p.lines;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            desync = true;
            throw new DeviceIoException(device + ": interrupted while waiting for the reply to '" + command + "'");
        } finally {
            pending = null;
            lock.unlock();
        }
    }

    private void requireConnected(String command) {
        if (closed) {
            throw new LabException(device + ": connection is closed; cannot send '" + command + "'");
        }
        if (!connected) {
            throw new DeviceIoException(device + ": not connected; cannot send '" + command + "'");
        }
    }

    private void closeLink() {
        Link l;
        lock.lock();
        try {
            l = link;
            link = null;
            connected = false;
        } finally {
            lock.unlock();
        }
        if (l != null) {
            l.close();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        closeLink();
    }

    private static String printable(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            out.add("'" + RingLog.printable(l) + "'");
        }
        return out.isEmpty() ? "nothing" : out.toString();
    }

    private void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceIoException(device + ": interrupted while reconnecting");
        }
    }

    /** Receives one link's lines; ignores a link that has since been replaced. */
    private final class Listener implements LinkListener {
        private final Link owner;

        Listener(Link owner) {
            this.owner = owner;
        }

        @Override
        public void onLines(List<String> lines, int overflows) {
            lock.lock();
            try {
                if (link != null && link != owner) {
                    return;
                }
                lastRxNanos = System.nanoTime();
                for (String line : lines) {
                    log.add(RingLog.Kind.RX, line);
                    if (clearing && (pending == null || asyncPattern != null && asyncPattern.matcher(line).matches())) {
                        // the device's answer to the line-clear sequence (a refusal of the partial line)
                        continue;
                    }
                    if (asyncPattern != null && asyncPattern.matcher(line).matches()) {
                        log.add(RingLog.Kind.EVENT, line);
                        // the listener sees the event before the waiting request wakes up, so that a power-up is
                        // already recorded when the request's retry asks whether to reconcile
                        events.accept(line);
                        if (pending != null && !pending.done) {
                            ReplyRule.AsyncVerdict v = pending.rule.onAsync(line);
                            if (v != ReplyRule.AsyncVerdict.IGNORE) {
                                pending.verdict = v;
                                pending.asyncLine = line;
                                pending.done = true;
                            }
                        }
                    } else if (pending != null && !pending.done) {
                        pending.lines.add(line);
                        if (pending.rule.complete(pending.lines)) {
                            pending.done = true;
                        }
                    } else {
                        // a line nobody asked for: a duplicate or a late reply; resync before trusting the stream
                        desync = true;
                        log.add(RingLog.Kind.FAULT, "unexpected line '" + RingLog.printable(line) + "'");
                        LOG.warn("{}: unexpected line '{}'; will resynchronise before the next request", device,
                                RingLog.printable(line));
                    }
                }
                if (overflows > 0) {
                    desync = true;
                    log.add(RingLog.Kind.FAULT, overflows + " over-long line(s) discarded");
                    if (pending != null && !pending.done) {
                        pending.failure = "an over-long line (> " + LineFramer.MAX_LINE + " bytes) arrived";
                        pending.done = true;
                    }
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onDisconnect(String reason) {
            lock.lock();
            try {
                if (link != owner) {
                    return;
                }
                connected = false;
                log.add(RingLog.Kind.FAULT, "disconnected: " + reason);
                if (pending != null && !pending.done) {
                    pending.failure = "connection lost (" + reason + ")";
                    pending.done = true;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
            if (!closed) {
                LOG.warn("{}: connection lost ({}); will reconnect on the next request", device, reason);
            }
        }
    }
}
