package nl.helder.server.conversation;

import nl.helder.server.ApplicationIT;
import nl.helder.server.web.EventStreams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many customers following their conversation live on one node, at a small scale of the 10,000-stream benchmark
 * ({@code OpenStreamsBenchmark}): 500 open streams hold no thread each (no thread is inside a request while they
 * are idle, and the whole JVM has fewer threads than streams; Tomcat's 200 request threads could not even have
 * opened them all if each held one), and a turn in every conversation reaches its own stream, and only its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.conversation.starts-per-minute-per-client=100000",
        "helder.conversation.turns-per-minute=100000"})
class ManyStreamsIT extends ApplicationIT {

    private static final int STREAMS = 500;

    @Autowired
    EventStreams<UUID> customerEventStreams;

    /** One customer's stream: the message ids it received, and whether it said it is open. */
    private static final class Follower implements Flow.Subscriber<String> {
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final CountDownLatch connected;
        private boolean seenConnected;

        Follower(CountDownLatch connected) {
            this.connected = connected;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!seenConnected && line.startsWith(":")) {
                seenConnected = true;
                connected.countDown();
            } else if (line.startsWith("id:")) {
                ids.add(line.substring(3).strip());
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }

    @Test
    void fiveHundredOpenStreamsHoldNoThreadAndEachGetsItsOwnMessages() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        List<Future<JsonNode>> starting = new ArrayList<>();
        for (int i = 0; i < STREAMS; i++) {
            starting.add(workers.submit(() -> client.startConversation("nl")));
        }
        List<JsonNode> conversations = new ArrayList<>();
        for (Future<JsonNode> conversation : starting) {
            conversations.add(conversation.get());
        }

        // Threads before any stream opens: the full build runs many Spring contexts in this JVM, so only the growth
        // while the streams open says whether a stream costs a thread.
        int threadsBefore = Thread.getAllStackTraces().size();
        ExecutorService clientThreads = Executors.newFixedThreadPool(2);
        HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
        CountDownLatch connected = new CountDownLatch(STREAMS);
        Map<String, Follower> followers = new ConcurrentHashMap<>();
        for (JsonNode conversation : conversations) {
            Follower follower = new Follower(connected);
            followers.put(conversation.get("id").asString(), follower);
            http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/conversations/"
                                    + conversation.get("id").asString() + "/events"))
                            .header("Accept", "text/event-stream")
                            .header("Authorization", "Bearer " + conversation.get("token").asString()).build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(follower));
        }
        assertThat(connected.await(120, TimeUnit.SECONDS)).as("every stream open").isTrue();
        // Not customerEventStreams.size() == STREAMS: the full build shares this Spring context with other tests whose
        // streams end asynchronously, and the count moved by one there. That each of these streams is open and its
        // own is checked below, where every stream must receive exactly its conversation's messages.
        assertThat(customerEventStreams.size()).isPositive();

        // Idle: no thread is inside a request (a thread per stream would be, blocked in the servlet).
        Thread.sleep(500);
        Map<Thread, StackTraceElement[]> threads = Thread.getAllStackTraces();
        long inRequests = threads.values().stream().filter(stack -> Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().startsWith("org.apache.catalina.core.ApplicationFilterChain"))).count();
        assertThat(inRequests).as("threads inside a request while %d streams are idle", STREAMS).isZero();
        assertThat(threads.size() - threadsBefore).as("threads added in the JVM (server and client) by %d open streams", STREAMS)
                .isLessThan(STREAMS / 2); // Tomcat may grow its pool to 200 during the burst of opens; a thread per stream would add 500

        // A turn in every conversation: its customer message and reply arrive on its own stream.
        Map<String, List<String>> expected = new ConcurrentHashMap<>();
        List<Future<?>> turns = new ArrayList<>();
        for (JsonNode conversation : conversations) {
            turns.add(workers.submit(() -> {
                JsonNode turn = client.say(conversation, "Hoe lang duurt de levering?").json();
                List<String> ids = new ArrayList<>();
                turn.get("messages").forEach(message -> ids.add(message.get("id").asString()));
                expected.put(conversation.get("id").asString(), ids);
            }));
        }
        for (Future<?> turn : turns) {
            turn.get();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !followers.entrySet().stream()
                .allMatch(entry -> entry.getValue().ids.containsAll(expected.get(entry.getKey())))) {
            Thread.sleep(50);
        }
        for (Map.Entry<String, Follower> entry : followers.entrySet()) {
            List<String> own = expected.get(entry.getKey());
            assertThat(own).hasSizeGreaterThanOrEqualTo(2);
            assertThat(entry.getValue().ids).as("stream of %s", entry.getKey()).containsExactlyInAnyOrderElementsOf(own);
        }
        workers.shutdownNow();
        clientThreads.shutdownNow();
    }
}
