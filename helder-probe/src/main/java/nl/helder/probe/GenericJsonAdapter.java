package nl.helder.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Any JSON-over-HTTP bot, described by a small JSON file: where to post (relative to the target), a request
 * template with {@code ${session}}, {@code ${message}} and {@code ${locale}}, the JSONPath of the reply, and
 * optionally how to start a session and where its id is. Example:
 * <pre>{"message": {"path": "/chat", "body": {"session": "${session}", "text": "${message}"}, "reply": "$.reply"},
 *  "start": {"path": "/sessions", "body": {"lang": "${locale}"}, "session": "$.id", "opening": "$.greeting"}}</pre>
 */
final class GenericJsonAdapter implements ChatAdapter {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Step(String path, Map<String, Object> body, String reply, String session, String opening) {
    }

    record Config(Step start, Step message, Map<String, String> headers) {
    }

    private final ProbeHttp http;
    private final URI target;
    private final Config config;

    GenericJsonAdapter(ProbeHttp http, URI target, Config config) {
        if (config.message() == null || config.message().reply() == null) {
            throw new IllegalArgumentException("the adapter config needs message.path, message.body and message.reply");
        }
        this.http = http;
        this.target = target;
        this.config = config;
    }

    static Config read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file), Config.class);
    }

    @Override
    public Session open(String locale) {
        String session;
        String opening = "";
        if (config.start() != null) {
            String body = fill(config.start().body(), UUID.randomUUID().toString(), "", locale);
            ProbeHttp.Response started = http.post(resolve(config.start().path()), body, headers());
            session = config.start().session() == null ? UUID.randomUUID().toString() : extract(started.body(), config.start().session());
            opening = config.start().opening() == null ? "" : extract(started.body(), config.start().opening());
        } else {
            session = UUID.randomUUID().toString();
        }
        String sessionId = session;
        String greeting = opening;
        return new Session() {
            @Override
            public String opening() {
                return greeting;
            }

            @Override
            public Reply send(String text) {
                ProbeHttp.Response response = http.post(resolve(config.message().path()), fill(config.message().body(), sessionId, text, locale), headers());
                return new Reply(extract(response.body(), config.message().reply()), false);
            }
        };
    }

    private Map<String, String> headers() {
        return config.headers() == null ? Map.of() : config.headers();
    }

    private URI resolve(String path) {
        String root = target.toString().replaceAll("/+$", "");
        return URI.create(root + (path == null ? "" : path));
    }

    /** Values are JSON-escaped as they are put in, so a probe message cannot break the request's structure. */
    private static String fill(Map<String, Object> template, String session, String message, String locale) {
        try {
            String json = JSON.writeValueAsString(template == null ? Map.of() : template);
            return json.replace("${session}", escaped(session)).replace("${message}", escaped(message)).replace("${locale}", escaped(locale));
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid request template", e);
        }
    }

    private static String escaped(String value) {
        String quoted = new TextNode(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String extract(String body, String path) {
        try {
            Object value = JsonPath.read(body, path);
            return value == null ? "" : value.toString();
        } catch (PathNotFoundException e) {
            return "";
        } catch (RuntimeException e) {
            throw new ProbeHttp.ConnectionProblem("the reply is not JSON with " + path + ": " + HelderAdapter.abbreviate(body), e);
        }
    }
}
