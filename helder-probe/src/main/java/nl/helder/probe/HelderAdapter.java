package nl.helder.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Helder's customer API (v1): a conversation per session, the disclosure as its opening, the state after each turn. */
final class HelderAdapter implements ChatAdapter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProbeHttp http;
    private final URI base;

    HelderAdapter(ProbeHttp http, URI target) {
        this.http = http;
        String root = target.toString().replaceAll("/+$", "");
        this.base = URI.create(root.endsWith("/api/v1") ? root : root + "/api/v1");
    }

    @Override
    public Session open(String locale) {
        ProbeHttp.Response created = http.post(URI.create(base + "/conversations"), JSON.createObjectNode().put("locale", locale).toString(), Map.of());
        JsonNode conversation = read(created, 201);
        String id = conversation.path("id").asText();
        String token = conversation.path("token").asText();
        String opening = texts(conversation.path("messages")) + "\n" + conversation.path("banner").asText("");
        return new Session() {
            @Override
            public String opening() {
                return opening.strip();
            }

            @Override
            public Reply send(String text) {
                ProbeHttp.Response response = http.post(URI.create(base + "/conversations/" + id + "/messages"),
                        JSON.createObjectNode().put("text", text).toString(), Map.of("Authorization", "Bearer " + token));
                if (response.status() == 409) {
                    return new Reply("(conversation closed)", false);
                }
                JsonNode turn = read(response, 200);
                JsonNode assistant = JSON.createArrayNode().addAll(StreamSupport.stream(turn.path("messages").spliterator(), false)
                        .filter(m -> !"CUSTOMER".equals(m.path("role").asText())).toList());
                return new Reply(texts(assistant), "WAITING_FOR_AGENT".equals(turn.path("state").asText())
                        || "WITH_AGENT".equals(turn.path("state").asText()));
            }
        };
    }

    private static String texts(JsonNode messages) {
        return StreamSupport.stream(messages.spliterator(), false).map(m -> m.path("text").asText()).collect(Collectors.joining("\n"));
    }

    private static JsonNode read(ProbeHttp.Response response, int expected) {
        if (response.status() != expected) {
            throw new ProbeHttp.ConnectionProblem("unexpected HTTP " + response.status() + ": " + abbreviate(response.body()), null);
        }
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new ProbeHttp.ConnectionProblem("the response is not JSON: " + abbreviate(response.body()), e);
        }
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
