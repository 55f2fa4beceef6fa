package nl.helder.server.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Open Server-Sent-Event streams, grouped by a key (a conversation, an agent). Bounded: at most
 * {@code perKey} streams per key (a new one ends the oldest, as when a customer reloads the page) and
 * {@code total} in all (then a new one is refused with 503). A stream that fails or times out is dropped;
 * clients reconnect and catch up (customer streams replay what followed {@code Last-Event-ID}). Declare one as a bean to get heartbeats.
 *
 * @param <K> what the streams are grouped by
 */
public final class EventStreams<K> {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private final String name;
    private final int perKey;
    private final int total;
    private final Duration timeout;
    private final Map<K, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    public EventStreams(String name, int perKey, int total, Duration timeout) {
        this.name = name;
        this.perKey = perKey;
        this.total = total;
        this.timeout = timeout;
    }

    /**
     * Opens a stream for {@code key}; {@code onClose} runs once when it ends for any reason.
     *
     * @throws ResponseStatusException 503 when {@code total} streams are open
     */
    public SseEmitter open(K key, Runnable onClose) {
        if (open.incrementAndGet() > total) {
            open.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Too many open " + name + " streams; try again later.");
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        List<SseEmitter> evicted = new ArrayList<>();
        // compute() keeps adding atomic with the removal below, so a stream never lands in a list already dropped.
        streams.compute(key, (k, list) -> {
            List<SseEmitter> forKey = list == null ? new CopyOnWriteArrayList<>() : list;
            forKey.add(emitter);
            while (forKey.size() > perKey) {
                evicted.add(forKey.remove(0));
            }
            return forKey;
        });
        AtomicInteger closed = new AtomicInteger();
        Runnable remove = () -> {
            if (closed.getAndIncrement() == 0) {
                open.decrementAndGet();
                streams.computeIfPresent(key, (k, list) -> {
                    list.remove(emitter);
                    return list.isEmpty() ? null : list;
                });
                onClose.run();
            }
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        evicted.forEach(SseEmitter::complete);
        // Sent at once, so the client knows the stream is open before the first real event.
        send(emitter, () -> SseEmitter.event().comment("connected"));
        return emitter;
    }

    /** Sends to every stream of {@code key}; a stream that cannot be written to is ended. */
    public void send(K key, Supplier<SseEmitter.SseEventBuilder> event) {
        List<SseEmitter> forKey = streams.get(key);
        if (forKey != null) {
            forKey.forEach(emitter -> send(emitter, event));
        }
    }

    /** Whether any stream of {@code key} is open on this node. */
    public boolean isOpen(K key) {
        return streams.containsKey(key);
    }

    /** Sends to one stream, e.g. what its client missed before it reconnected; a stream that cannot be written to is ended. */
    public void sendTo(SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
        send(emitter, event);
    }

    /** Sends to every open stream. */
    public void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
        streams.values().forEach(list -> list.forEach(emitter -> send(emitter, event)));
    }

    /** A comment line to every stream, so proxies keep idle connections open and dead ones are found. */
    public void heartbeat() {
        sendToAll(() -> SseEmitter.event().comment("keep-alive"));
    }

    /** Ends every stream, e.g. at shutdown, so open streams do not hold up a graceful stop. */
    public void completeAll() {
        streams.values().forEach(list -> list.forEach(SseEmitter::complete));
    }

    /** How many streams are open. */
    public int size() {
        return open.get();
    }

    private void send(SseEmitter emitter, Supplier<SseEmitter.SseEventBuilder> event) {
        try {
            emitter.send(event.get());
        } catch (IOException | IllegalStateException e) {
            log.debug("Dropping a {} stream that could not be written to: {}", name, e.toString());
            emitter.completeWithError(e);
        }
    }
}
