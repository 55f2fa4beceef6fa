package nl.helder.server.assistant;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local OpenAI-compatible chat-completions server (WireMock) that replays what a real provider sends: answers
 * with token usage, errors, malformed bodies, slow and endless responses. Tests read back what Helder sent it.
 */
final class OpenAiStub {

    final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(80).jettyAcceptors(2));

    OpenAiStub start() {
        server.start();
        return this;
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/v1";
    }

    /** The next completions answer with {@code response}, whatever the request. */
    void answer(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(response));
    }

    /** A chat completion saying {@code content}, with realistic token counts. */
    static ResponseDefinitionBuilder completion(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-helder-test","object":"chat.completion","created":1763800000,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":412,"completion_tokens":38,"total_tokens":450}}""".formatted(escaped));
    }

    /**
     * A streamed chat completion (Server-Sent Events) delivering {@code pieces} one chunk each, then the usage and
     * {@code [DONE]}, spread over {@code millis}.
     */
    static ResponseDefinitionBuilder streamed(int millis, String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String piece : pieces) {
            String escaped = piece.replace("\\", "\\\\").replace("\"", "\\\"");
            body.append("data: {\"id\":\"chatcmpl-s\",\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"model\":\"gpt-test\",")
                    .append("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(escaped).append("\"},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"chatcmpl-s\",\"object\":\"chat.completion.chunk\",\"created\":1763800000,\"model\":\"gpt-test\",")
                .append("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],")
                .append("\"usage\":{\"prompt_tokens\":412,\"completion_tokens\":38,\"total_tokens\":450}}\n\n")
                .append("data: [DONE]\n\n");
        return aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream").withBody(body.toString())
                .withChunkedDribbleDelay(pieces.length + 2, millis);
    }

    /** What a provider sends when it is over its rate limit or broken. */
    static ResponseDefinitionBuilder error(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"try again later\",\"type\":\"server_error\"}}");
    }
}
