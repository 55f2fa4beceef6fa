package nl.helder.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The probe's only way out: HTTP to the target's origin and nowhere else, at most {@code maxRequests} requests,
 * spaced by the rate limit, so a probe never floods the bot it checks.
 */
public final class ProbeHttp {

    /** Raised when the target cannot be reached or answers with a server error; the run ends with exit code 2. */
    public static final class ConnectionProblem extends RuntimeException {
        public ConnectionProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Raised when the request budget is spent; the checks still running report what they saw. */
    public static final class BudgetExhausted extends RuntimeException {
        public BudgetExhausted(int max) {
            super("the maximum of " + max + " requests was reached");
        }
    }

    public record Response(int status, String body) {
    }

    private final URI origin;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration timeout;
    private final long minimumGapNanos;
    private final int maxRequests;
    private int sent;
    private long lastSent;

    public ProbeHttp(URI target, double requestsPerSecond, int maxRequests, Duration timeout) {
        this.origin = URI.create(target.getScheme() + "://" + target.getRawAuthority());
        this.minimumGapNanos = (long) (1_000_000_000L / requestsPerSecond);
        this.maxRequests = maxRequests;
        this.timeout = timeout;
    }

    private static long seconds(String value) {
        try {
            return Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int sent() {
        return sent;
    }

    public Response post(URI uri, String json, Map<String, String> headers) {
        return send(uri, HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json"), headers);
    }

    public Response get(URI uri, Map<String, String> headers) {
        return send(uri, HttpRequest.newBuilder(uri).GET(), headers);
    }

    /** Polite to rate limits: on 429 it waits as long as Retry-After says (at most a minute) and tries again, twice. */
    private Response send(URI uri, HttpRequest.Builder request, Map<String, String> headers) {
        for (int attempt = 0; ; attempt++) {
            Response response = sendOnce(uri, request, headers);
            if (response.status() != 429 || attempt == 2) {
                return response;
            }
            pause(Duration.ofSeconds(Math.min(60, retryAfter)));
        }
    }

    private long retryAfter = 1;

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionProblem("interrupted", e);
        }
    }

    private synchronized Response sendOnce(URI uri, HttpRequest.Builder request, Map<String, String> headers) {
        URI requestOrigin = URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
        if (!requestOrigin.equals(origin)) {
            throw new IllegalArgumentException("The probe only talks to " + origin + ", not to " + requestOrigin);
        }
        if (sent >= maxRequests) {
            throw new BudgetExhausted(maxRequests);
        }
        long wait = lastSent + minimumGapNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionProblem("interrupted", e);
            }
        }
        headers.forEach(request::setHeader);
        request.setHeader("Accept", "application/json").setHeader("User-Agent", "helder-probe").timeout(timeout);
        sent++;
        lastSent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 500) {
                throw new ConnectionProblem(uri + " answered " + response.statusCode(), null);
            }
            retryAfter = response.headers().firstValue("Retry-After").map(ProbeHttp::seconds).orElse(1L);
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new ConnectionProblem("cannot reach " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionProblem("interrupted", e);
        }
    }
}
