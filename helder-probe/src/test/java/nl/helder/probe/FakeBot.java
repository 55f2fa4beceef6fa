package nl.helder.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A deliberately non-compliant chatbot on a real local HTTP server, speaking either a generic JSON API
 * ({@code POST /chat {"session","text"}} → {@code {"reply"}}) or OpenAI chat completions.
 */
final class FakeBot implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    private FakeBot(HttpServer server) {
        this.server = server;
    }

    /** A generic-JSON bot answering each message with {@code behaviour}. */
    static FakeBot generic(Function<String, String> behaviour) throws IOException {
        return start("/chat", body -> JSON.createObjectNode().put("reply", behaviour.apply(body.path("text").asText())).toString());
    }

    /** An OpenAI-compatible bot; {@code behaviour} gets the system message and the last user message. */
    static FakeBot openAi(java.util.function.BiFunction<String, String, String> behaviour) throws IOException {
        return start("/v1/chat/completions", body -> {
            JsonNode messages = body.path("messages");
            String system = messages.path(0).path("content").asText();
            String user = messages.path(messages.size() - 1).path("content").asText();
            var response = JSON.createObjectNode();
            response.putArray("choices").addObject().putObject("message").put("role", "assistant").put("content", behaviour.apply(system, user));
            return response.toString();
        });
    }

    private static FakeBot start(String path, Function<JsonNode, String> answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        FakeBot bot = new FakeBot(server);
        server.createContext(path, exchange -> {
            bot.requests.incrementAndGet();
            byte[] reply = answer.apply(JSON.readTree(exchange.getRequestBody())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return bot;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
