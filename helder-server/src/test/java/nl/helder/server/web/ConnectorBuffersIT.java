package nl.helder.server.web;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import nl.helder.server.web.internal.LeanHttp11NioProtocol;
import org.apache.coyote.ProtocolHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tomcat's per-connection buffers are small so that many open live streams fit in the heap ({@code ConnectorBuffers},
 * README "Live streams"): the connector really got the sizes, and what the smaller buffers could break still works —
 * a response larger than the response buffer arrives whole, a request body larger than the read buffer is read whole,
 * chunked request bodies are read, and a request with 7 KB of headers is still served (the request header limit
 * stays 8 KB and is still enforced).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.conversation.starts-per-minute-per-client=1000"})
class ConnectorBuffersIT extends ApplicationIT {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorHasTheSmallPerConnectionBuffers() {
        ProtocolHandler handler = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProtocolHandler();
        assertThat(handler).isInstanceOf(LeanHttp11NioProtocol.class);
        LeanHttp11NioProtocol protocol = (LeanHttp11NioProtocol) handler;
        assertThat(protocol.getSocketReadBufferSize()).isEqualTo(2048);
        assertThat(protocol.getSocketWriteBufferSize()).isEqualTo(2048);
        assertThat(protocol.getDesiredBufferSize()).as("servlet response buffer").isEqualTo(2048);
        assertThat(protocol.getMaxTrailerSize()).isEqualTo(1024);
        assertThat(protocol.getMaxHttpResponseHeaderSize()).isEqualTo(4096);
        assertThat(protocol.getMaxHttpRequestHeaderSize()).isEqualTo(8192);
    }

    @Test
    void aResponseLargerThanTheResponseBufferArrivesWhole() {
        HelderClient.Response docs = client.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().length()).isGreaterThan(8 * 2048);
        JsonNode parsed = JsonMapper.builder().build().readTree(docs.body());
        assertThat(parsed.get("paths").has("/api/v1/conversations/{id}/events")).isTrue();
    }

    @Test
    void aRequestBodyLargerThanTheReadBufferIsReadWhole() {
        // 20 KB of JSON whitespace before the locale: valid JSON, read in ten or more pieces of the 2 KB read buffer.
        String body = "{" + " ".repeat(20_000) + "\"locale\":\"en\"}";
        HelderClient.Response started = client.post("/api/v1/conversations", body);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("locale").asString()).isEqualTo("en");
    }

    @Test
    void aChunkedRequestBodyIsRead() throws Exception {
        byte[] json = ("{" + " ".repeat(5_000) + "\"locale\":\"fr\"}").getBytes(StandardCharsets.UTF_8);
        // A body of unknown length: the JDK client sends it with Transfer-Encoding: chunked.
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/conversations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(started.body()).contains("\"locale\":\"fr\"");
    }

    @Test
    void requestHeadersUpToTheirLimitAreServedAndLargerOnesRefused() {
        // A shop's cookies come along with every request of a widget on the shop's own domain.
        assertThat(client.get("/actuator/health", "Cookie", "shop=" + "x".repeat(7_000)).status()).isEqualTo(200);
        assertThat(client.get("/actuator/health", "Cookie", "shop=" + "x".repeat(9_000)).status()).isBetween(400, 499);
    }
}
