package nl.helder.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Open Server-Sent-Event streams, grouped by a key (a conversation, an agent). Bounded: at most
 * {@code perKey} streams per key (a new one ends the oldest, as when a customer reloads the page) and
 * {@code total} in all (then a new one is refused with 503). A stream that fails or times out is dropped;
 * clients reconnect and catch up (customer streams replay what followed {@code Last-Event-ID}). Declare one as a bean to get heartbeats.
 * <p>
 * Sending only queues: the events of a stream are written in order by the {@link StreamSender}'s threads, so a
 * committing turn never waits for a client's socket. An open stream holds no thread (Spring MVC's async
 * request: the request thread returns to Tomcat once the stream is opened). A stream with more than
 * {@link StreamSender}'s {@code maxPending} events not yet written is ended, not buffered without limit.
 * <p>
 * A stream opened in an HTTP request is written to only once that request's thread has left the servlet filters
 * ({@link #release(ServletRequest)}, called by the outermost filter): the filters still set headers on the way out
 * (security headers, the session), and a sending thread that committed the response at the same moment corrupted
 * Tomcat's header table, which is not thread-safe (a 500 or a broken stream for about a dozen of 10,000 streams
 * opening at once). Events queued until then wait, in order.
 *
 * @param <K> what the streams are grouped by
 */
public final class EventStreams<K> {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    /** The request attribute that holds what {@link #release(ServletRequest)} runs. */
    private static final String RELEASE = EventStreams.class.getName() + ".release";

    private final String name;
    private final int perKey;
    private final int total;
    private final Duration timeout;
    private final StreamSender sender;
    private final Map<K, List<Stream>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    public EventStreams(String name, int perKey, int total, Duration timeout, StreamSender sender) {
        this.name = name;
        this.perKey = perKey;
        this.total = total;
        this.timeout = timeout;
        this.sender = sender;
    }

    /**
     * Opens a stream for {@code key}; {@code onClose} runs once when it ends for any reason.
     *
     * @throws ResponseStatusException 503 when {@code total} streams are open
     */
    public SseEmitter open(K key, Runnable onClose) {
        return open(key, onClose, List::of);
    }

    /**
     * Opens a stream for {@code key} whose first events are what its client missed (a reconnect with
     * {@code Last-Event-ID}). The stream is registered before {@code missed} is read, so nothing committed meanwhile is
     * lost; events sent to the key while {@code missed} runs are held and follow the missed ones, so the client sees
     * them in the order they happened (a message committed in between may come twice: clients skip known ids). If
     * {@code missed} throws, the stream is closed and the exception passes on.
     *
     * @throws ResponseStatusException 503 when {@code total} streams are open
     */
    public SseEmitter open(K key, Runnable onClose, Supplier<? extends List<Supplier<SseEmitter.SseEventBuilder>>> missed) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many open " + name + " streams; try again later.");
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        // Held only when opened in a REQUEST dispatch: StreamRelease, which releases it, sees only those.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!(request instanceof ServletRequestAttributes servlet) || servlet.getRequest().getDispatcherType() != DispatcherType.REQUEST) {
            request = null;
        }
        Stream stream = new Stream(emitter, request != null);
        if (request != null) {
            Runnable earlier = (Runnable) request.getAttribute(RELEASE, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(RELEASE, earlier == null ? (Runnable) stream::release : (Runnable) () -> {
                earlier.run();
                stream.release();
            }, RequestAttributes.SCOPE_REQUEST);
        }
        // compute() keeps adding atomic with the removal below, so a stream never lands in a list already dropped.
        streams.compute(key, (k, list) -> {
            List<Stream> forKey = list == null ? new CopyOnWriteArrayList<>() : list;
            forKey.add(stream);
            return forKey;
        });
        AtomicBoolean closed = new AtomicBoolean();
        Runnable remove = () -> {
            if (closed.compareAndSet(false, true)) {
                open.decrementAndGet();
                stream.ended();
                streams.computeIfPresent(key, (k, list) -> {
                    list.remove(stream);
                    return list.isEmpty() ? null : list;
                });
                onClose.run();
            }
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        // Queued at once, so the client knows the stream is open before the first real event. The comment and what the
        // client missed are the stream's own start, not events it failed to read: they do not count towards maxPending
        // (a conversation of 63 messages replayed in full would otherwise end the stream before its first write).
        stream.replay(() -> SseEmitter.event().comment("connected"));
        try {
            missed.get().forEach(stream::replay);
        } catch (RuntimeException | Error e) {
            // Spring never sees this emitter, so none of its callbacks would ever run: close it here.
            try {
                remove.run();
            } catch (RuntimeException | Error closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        stream.caughtUp();
        // Only now is the oldest stream over the limit ended: a reconnect whose catch-up fails must not cost the
        // client's other tab its stream. Until here the key briefly has one stream more than perKey.
        List<Stream> evicted = new ArrayList<>();
        streams.computeIfPresent(key, (k, forKey) -> {
            while (forKey.size() > perKey) {
                evicted.add(forKey.remove(0));
            }
            return forKey;
        });
        evicted.forEach(Stream::end);
        return emitter;
    }

    /**
     * Lets the streams opened in {@code request} be written to: called once the request's thread has left the servlet
     * filters (by the outermost filter, {@code StreamRelease}). Does nothing for a request that opened none.
     */
    public static void release(ServletRequest request) {
        Object release = request.getAttribute(RELEASE);
        if (release instanceof Runnable runnable) {
            request.removeAttribute(RELEASE);
            runnable.run();
        }
    }

    /** Queues an event for every stream of {@code key}; a stream that cannot be written to is ended. */
    public void send(K key, Supplier<SseEmitter.SseEventBuilder> event) {
        List<Stream> forKey = streams.get(key);
        if (forKey != null) {
            forKey.forEach(stream -> stream.queueLive(event));
        }
    }

    /** Whether any stream of {@code key} is open on this node. */
    public boolean isOpen(K key) {
        return streams.containsKey(key);
    }

    /** Queues an event for every open stream. */
    public void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
        streams.values().forEach(list -> list.forEach(stream -> stream.queueLive(event)));
    }

    /** A comment line to every stream, so proxies keep idle connections open and dead ones are found. */
    public void heartbeat() {
        sendToAll(() -> SseEmitter.event().comment("keep-alive"));
    }

    /** Ends every stream, e.g. at shutdown, so open streams do not hold up a graceful stop. */
    public void completeAll() {
        streams.values().forEach(list -> list.forEach(Stream::end));
    }

    /** How many streams are open. */
    public int size() {
        return open.get();
    }

    /**
     * One open stream and the events queued for it. At most one drain task per stream is queued or running, so its
     * events are written in order and the sender's queue never holds more tasks than there are streams. Ending a
     * stream also happens on a sending thread: {@link SseEmitter#complete()} waits for a write in progress, which
     * must not be the committing thread's business.
     */
    private final class Stream {

        final SseEmitter emitter;
        /** Opened in a request whose thread is still in the servlet filters: nothing is written yet. */
        private volatile boolean held;
        private final Queue<Supplier<SseEmitter.SseEventBuilder>> pending = new ConcurrentLinkedQueue<>();
        /** The stream's start (the "connected" comment, what the client missed): written first, not counted in {@link #size}. */
        private final Queue<Supplier<SseEmitter.SseEventBuilder>> replay = new ConcurrentLinkedQueue<>();
        private final AtomicInteger size = new AtomicInteger();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private final AtomicBoolean completed = new AtomicBoolean();
        private volatile boolean ending;
        /** What its client missed is still being read: live events wait in {@link #live} (guarded by this). */
        private volatile boolean catchingUp = true;
        private final List<Supplier<SseEmitter.SseEventBuilder>> live = new ArrayList<>();
        /** More live events came during the catch-up than a stream may have waiting: it ends once caught up. */
        private boolean liveOverflow;

        Stream(SseEmitter emitter, boolean held) {
            this.emitter = emitter;
            this.held = held;
        }

        /** Whether anything waits to be written: the stream's start or live events. */
        private boolean hasQueued() {
            return !replay.isEmpty() || !pending.isEmpty();
        }

        /** A live event: after what the client missed, if that is still being read. */
        void queueLive(Supplier<SseEmitter.SseEventBuilder> event) {
            if (catchingUp) {
                synchronized (this) {
                    if (catchingUp) {
                        if (live.size() < sender.maxPending()) {
                            live.add(event);
                        } else {
                            liveOverflow = true; // the reading took so long that the client will need to catch up again
                        }
                        return;
                    }
                }
            }
            queue(event);
        }

        /** Part of the stream's start: written before anything queued live, never counted as a slow client's backlog. */
        void replay(Supplier<SseEmitter.SseEventBuilder> event) {
            if (ending) {
                return;
            }
            replay.add(event);
            schedule();
        }

        /** What the client missed is queued: the live events that came meanwhile follow it, then new ones as usual. */
        synchronized void caughtUp() {
            live.forEach(this::queue);
            live.clear();
            catchingUp = false;
            if (liveOverflow) {
                sender.droppedSlow();
                end();
            }
        }

        /** The request's thread has left the filters: write what was queued meanwhile (or end the stream). */
        void release() {
            held = false;
            if (ending || hasQueued()) {
                schedule();
            }
        }

        void queue(Supplier<SseEmitter.SseEventBuilder> event) {
            if (ending) {
                return;
            }
            if (size.incrementAndGet() > sender.maxPending()) {
                sender.droppedSlow();
                log.debug("Ending a {} stream that has {} events not yet written", name, sender.maxPending());
                end();
                return;
            }
            pending.add(event);
            schedule();
        }

        /** Ends the stream on a sending thread, after the write in progress if any; what is still queued is dropped. */
        void end() {
            ending = true;
            schedule();
        }

        /** The stream ended (closed by the client, timed out, failed): nothing more is written. */
        void ended() {
            ending = true;
            completed.set(true);
        }

        private void schedule() {
            // Held: release() schedules. A queue() that sees held still set has added its event before release() looks.
            if (!held && scheduled.compareAndSet(false, true)) {
                try {
                    sender.execute(this::drain);
                } catch (RejectedExecutionException shutDownOrFull) {
                    scheduled.set(false);
                    ending = true;
                    pending.clear();
                    replay.clear();
                    // Shut down, or (under heavy reconnect churn) a full queue: end the stream here rather than leave
                    // the client on a silent connection; no drain of it is queued or running, so nothing is written
                    // concurrently. The client reconnects and catches up with Last-Event-ID.
                    if (completed.compareAndSet(false, true)) {
                        try {
                            emitter.complete();
                        } catch (RuntimeException alreadyGone) {
                            log.debug("Could not end a {} stream: {}", name, alreadyGone.toString());
                        }
                    }
                }
            }
        }

        private void drain() {
            while (!ending) {
                Supplier<SseEmitter.SseEventBuilder> event = replay.poll();
                if (event == null) {
                    event = pending.poll();
                    if (event == null) {
                        break;
                    }
                    size.decrementAndGet();
                }
                write(event);
            }
            if (ending) {
                pending.clear();
                replay.clear();
                if (completed.compareAndSet(false, true)) {
                    emitter.complete();
                }
            }
            scheduled.set(false);
            // Something queued, or the stream ended, after the checks above but while this task still counted as scheduled.
            if (ending ? !completed.get() : hasQueued()) {
                schedule();
            }
        }

        private void write(Supplier<SseEmitter.SseEventBuilder> event) {
            try {
                emitter.send(event.get());
            } catch (IOException | RuntimeException e) {
                // RuntimeException too: an event that cannot be built (event.get() failing) would otherwise leave the
                // drain task's flag set and the stream silent until it times out
                ending = true;
                completed.set(true);
                log.debug("Dropping a {} stream that could not be written to: {}", name, e.toString());
                emitter.completeWithError(e);
            }
        }
    }
}
