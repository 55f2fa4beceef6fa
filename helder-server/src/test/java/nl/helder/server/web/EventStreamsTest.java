package nl.helder.server.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.EmitterClients;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sending to live streams: off the caller's thread, in order, bounded per stream, and nothing built for nobody. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventStreamsTest {

    private final StreamSender sender = StreamSender.of(2, 8, 100);
    private final EventStreams<String> streams = new EventStreams<>("test", 3, 100, Duration.ofMinutes(1), sender);

    @AfterEach
    void close() {
        sender.close();
    }

    @Test
    void eventsAreWrittenBySendingThreadsNotByTheCaller() throws Exception {
        EmitterClients.Client client = EmitterClients.attach(streams.open("a", () -> { }));
        streams.send("a", () -> SseEmitter.event().name("message").data("hello"));

        await(() -> client.writes.stream().anyMatch(w -> w.contains("hello")));
        // Only the event's own write counts: the "connected" comment may be sent before Spring attaches the emitter,
        // and then Spring's early-send buffer flushes it on the attaching thread (the request's own, at open; here
        // the test's), never on a turn's. Writes are one at a time per stream, so threads and writes pair by index.
        int hello = 0;
        while (!client.writes.get(hello).contains("hello")) {
            hello++;
        }
        assertThat(client.threads.get(hello)).startsWith("helder-stream-sender-")
                .isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aStreamOpenedInARequestIsWrittenOnlyOnceTheRequestHasLeftTheFilters() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        EmitterClients.Client client;
        try {
            client = EmitterClients.attach(streams.open("a", () -> { }));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        streams.send("a", () -> SseEmitter.event().data("first;"));
        // The request's filters may still be setting headers: no sending thread writes (and commits) meanwhile.
        Thread.sleep(300);
        assertThat(client.writes).isEmpty();

        EventStreams.release(request);
        await(() -> client.writes.size() == 2);
        assertThat(client.writes.get(0)).contains("connected");
        assertThat(dataOf(client.writes.get(1))).isEqualTo("first;");
        assertThat(client.threads).allMatch(thread -> thread.startsWith("helder-stream-sender-"));
    }

    @Test
    void aStreamGetsItsEventsInOrder() throws Exception {
        StreamSender roomy = StreamSender.of(2, 10_000, 10);
        try {
            EventStreams<String> ordered = new EventStreams<>("test", 3, 10, Duration.ofMinutes(1), roomy);
            EmitterClients.Client client = openInARequest(() -> ordered.open("a", () -> { }));
            for (int i = 0; i < 2_000; i++) {
                int n = i;
                ordered.send("a", () -> SseEmitter.event().data("n" + n + ";"));
            }
            await(() -> client.writes.size() == 2_001); // "connected" first
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                expected.add("n" + i + ";");
            }
            assertThat(client.writes.subList(1, client.writes.size())).extracting(EventStreamsTest::dataOf).containsExactlyElementsOf(expected);
        } finally {
            roomy.close();
        }
    }

    @Test
    void aReconnectingClientGetsWhatItMissedBeforeWhatHappenedWhileThatWasRead() throws Exception {
        EmitterClients.Client client = openInARequest(() -> streams.open("a", () -> { }, () -> {
            // Another node's reply is relayed while the missed ones are still being read from the database.
            streams.send("a", () -> SseEmitter.event().data("third;"));
            return List.of(() -> SseEmitter.event().data("first;"), () -> SseEmitter.event().data("second;"));
        }));
        streams.send("a", () -> SseEmitter.event().data("fourth;"));

        await(() -> client.writes.size() == 5);
        assertThat(client.writes.get(0)).contains("connected");
        assertThat(client.writes.subList(1, 5)).extracting(EventStreamsTest::dataOf)
                .containsExactly("first;", "second;", "third;", "fourth;");
    }

    @Test
    void aCatchUpLongerThanTheSlowClientLimitIsWrittenInFull() throws Exception {
        // the limit (8 here) is for events a client fails to read, not for what it missed while away
        List<java.util.function.Supplier<SseEmitter.SseEventBuilder>> missed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            missed.add(() -> SseEmitter.event().data("m" + n + ";"));
        }
        EmitterClients.Client client = openInARequest(() -> streams.open("a", () -> { }, () -> missed));
        streams.send("a", () -> SseEmitter.event().data("live;"));

        await(() -> client.writes.size() == 22);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("m" + i + ";");
        }
        expected.add("live;");
        assertThat(client.writes.subList(1, 22)).extracting(EventStreamsTest::dataOf).containsExactlyElementsOf(expected);
    }

    @Test
    void anEventThatCannotBeBuiltEndsTheStreamRatherThanSilencingIt() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        EmitterClients.Client client = EmitterClients.attach(streams.open("a", closed::incrementAndGet));
        streams.send("a", () -> {
            throw new NullPointerException("a banner that is null");
        });

        await(() -> closed.get() == 1);
        assertThat(streams.size()).isZero();
        assertThat(client.writes).noneMatch(w -> w.contains("banner"));
    }

    @Test
    void aStreamWhoseMissedEventsCannotBeReadIsClosed() {
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> streams.open("a", closed::incrementAndGet, () -> {
            throw new IllegalStateException("conversation erased");
        })).hasMessage("conversation erased");

        assertThat(closed).hasValue(1);
        assertThat(streams.size()).isZero();
        assertThat(streams.isOpen("a")).isFalse();
    }

    @Test
    void aClientThatStopsReadingHoldsNeitherTheCallerNorOtherStreamsAndIsEndedNotBuffered() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        EmitterClients.Client slow = EmitterClients.attach(streams.open("slow", closed::incrementAndGet));
        EmitterClients.Client fine = EmitterClients.attach(streams.open("fine", () -> { }));
        await(() -> slow.writes.size() == 1 && fine.writes.size() == 1);

        slow.stopReading();
        streams.send("slow", () -> SseEmitter.event().data("stuck;")); // a sending thread now waits in this write
        await(() -> slow.threads.size() == 2);
        AtomicInteger built = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            int n = i;
            // Returns at once although the slow stream's write does not: the caller only queues.
            streams.send("slow", () -> {
                built.incrementAndGet();
                return SseEmitter.event().data("late" + n + ";");
            });
        }
        for (int i = 0; i < 5; i++) { // fewer than the limit of 8 pending, so only the slow stream is over it
            int n = i;
            streams.send("fine", () -> SseEmitter.event().data("f" + n + ";"));
        }

        await(() -> fine.writes.size() == 6);
        assertThat(slow.completed).as("ended only once its write returns, on a sending thread").isFalse();
        slow.read();
        await(() -> slow.completed && closed.get() == 1);
        assertThat(built).as("events past the limit were dropped, not buffered and written later").hasValue(0);
        assertThat(slow.writes).hasSize(2);
        assertThat(streams.size()).isEqualTo(1);
        assertThat(streams.isOpen("slow")).isFalse();
    }

    @Test
    void nothingIsBuiltForAKeyWithoutStreams() throws Exception {
        EmitterClients.attach(streams.open("a", () -> { }));
        AtomicInteger built = new AtomicInteger();
        streams.send("b", () -> {
            built.incrementAndGet();
            return SseEmitter.event().data("x");
        });
        assertThat(streams.isOpen("b")).isFalse();
        Thread.sleep(100);
        assertThat(built).hasValue(0);
    }

    @Test
    void aStreamBeyondThePerKeyLimitEndsTheOldest() throws Exception {
        List<EmitterClients.Client> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(openInARequest(() -> streams.open("a", () -> { })));
        }
        await(() -> clients.get(0).completed);
        streams.send("a", () -> SseEmitter.event().data("x;"));
        for (int i = 1; i < 4; i++) {
            EmitterClients.Client client = clients.get(i);
            await(() -> client.writes.size() == 2);
            assertThat(client.completed).isFalse();
        }
        assertThat(streams.size()).isEqualTo(3);
    }

    @Test
    void aReconnectWhoseCatchUpFailsLeavesTheOtherStreamsOfItsKeyOpen() throws Exception {
        List<EmitterClients.Client> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // the per-key limit
            clients.add(openInARequest(() -> streams.open("a", () -> { })));
        }
        assertThatThrownBy(() -> streams.open("a", () -> { }, () -> {
            throw new IllegalStateException("database unavailable");
        })).hasMessage("database unavailable");

        streams.send("a", () -> SseEmitter.event().data("x;"));
        for (EmitterClients.Client client : clients) {
            await(() -> client.writes.size() == 2);
            assertThat(client.completed).as("the oldest is not ended for a stream that never opened").isFalse();
        }
        assertThat(streams.size()).isEqualTo(3);
    }

    /**
     * Opens a stream as a request does, for tests that count writes: nothing is sent until Spring has attached the
     * emitter and the request has left the filters ({@link EventStreams#release}). A stream opened outside a request
     * sends at once, and what a sending thread sends before the emitter is attached Spring buffers and flushes as
     * one write, so two events could arrive as one write and a count of writes never be reached.
     */
    private static EmitterClients.Client openInARequest(java.util.function.Supplier<SseEmitter> open) throws java.io.IOException {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        EmitterClients.Client client;
        try {
            client = EmitterClients.attach(open.get());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        EventStreams.release(request);
        return client;
    }

    private static String dataOf(String write) {
        return write.substring(write.indexOf("data:") + 5).strip();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
