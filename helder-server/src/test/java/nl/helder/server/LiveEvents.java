package nl.helder.server;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real Server-Sent-Events client for integration tests: reads a stream as a browser would, event by event. */
public final class LiveEvents implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @param id the event's id line, {@code null} when it had none */
    public record Event(String name, JsonNode data, String id) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Void>> response;
    private final CompletableFuture<Integer> status = new CompletableFuture<>();

    private LiveEvents(HttpRequest request) {
        List<String> block = new ArrayList<>();
        response = HttpClient.newHttpClient().sendAsync(request, info -> {
            status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (!line.isEmpty()) {
                        block.add(line);
                        return;
                    }
                    String name = "message";
                    String id = null;
                    StringBuilder data = new StringBuilder();
                    for (String field : block) {
                        if (field.startsWith("event:")) {
                            name = field.substring(6).strip();
                        } else if (field.startsWith("id:")) {
                            id = field.substring(3).strip();
                        } else if (field.startsWith("data:")) {
                            data.append(field.substring(5).strip());
                        }
                    }
                    block.clear();
                    if (!data.isEmpty()) {
                        events.add(new Event(name, JSON.readTree(data.toString()), id));
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            });
        });
    }

    /** Opens {@code path} with the given header pairs and waits until the server answered with its status. */
    public static LiveEvents open(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream").GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        LiveEvents live = new LiveEvents(request.build());
        live.status();
        return live;
    }

    /** The HTTP status of the stream's response. */
    public int status() {
        try {
            return status.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the event stream did not answer", e);
        }
    }

    /** The next event named {@code name} that matches, skipping others; fails after {@code timeout}. */
    public Event await(String name, Predicate<JsonNode> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new AssertionError("no '" + name + "' event arrived within " + timeout);
                }
                if (event.name().equals(name) && matches.test(event.data())) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The events received and not yet awaited, waiting up to {@code quiet} for more to arrive. */
    public List<Event> drain(Duration quiet) {
        List<Event> drained = new ArrayList<>();
        try {
            Event event;
            while ((event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                drained.add(event);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
