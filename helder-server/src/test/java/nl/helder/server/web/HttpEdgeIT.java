package nl.helder.server.web;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Odd but harmless input gets a clear problem document, never a 500 or the container's HTML page; the
 * operations surface is closed; every response carries the security headers; the widget's files are cached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=edge-admin",
        "helder.bootstrap-admin.password=edge-admin-password",
        "helder.conversation.starts-per-minute-per-client=1000",
        // Tomcat trusts X-Forwarded-Proto from loopback, so a request can arrive "over TLS" in this test.
        "server.forward-headers-strategy=native"})
class HttpEdgeIT extends ApplicationIT {

    private static final String ELEVEN_LANGUAGES = "de,en;q=0.9,nl;q=0.8,fr;q=0.7,es;q=0.6,it;q=0.5,pt;q=0.4,pl;q=0.3,"
            + "sv;q=0.2,da;q=0.1,fi;q=0.05";

    @Test
    void aWidgetOnAnotherSiteMayReconnectItsStreamWithLastEventId() throws Exception {
        java.net.http.HttpResponse<Void> preflight = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/conversations/" + UUID.randomUUID() + "/events"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://shop.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization,last-event-id").build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase())
                .contains("authorization", "last-event-id");
    }

    @Test
    void anAcceptLanguageWithManyLanguagesIsReadNotRefused() {
        assertThat(client.get("/actuator/health", "Accept-Language", ELEVEN_LANGUAGES).status()).isEqualTo(200);
        assertThat(client.get("/widget/helder-widget.js", "Accept-Language", ELEVEN_LANGUAGES).status()).isEqualTo(200);
        assertThat(client.get("/actuator/health", "Accept-Language", "this is ;;; not a language list ===").status()).isEqualTo(200);
        HelderClient.Response started = client.post("/api/v1/conversations", null, "Accept-Language", ELEVEN_LANGUAGES);
        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().get("locale").asString()).isEqualTo("de");
    }

    @Test
    void containerLevelRefusalsAreProblemDocuments() {
        for (String path : new String[] {"/api/v1/conversations/abc%2Fdef", "/api/v1/conversations/" + "a".repeat(10_000),
                "/api/v1/%2e%2e/x", "/api/v1/conversations/%C0%AF"}) {
            HelderClient.Response response = client.get(path);
            assertThat(response.status()).as(path.substring(0, Math.min(60, path.length()))).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(path.substring(0, Math.min(60, path.length())))
                    .startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
            assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("<html");
        }
        HelderClient.Response missing = client.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aNumberOrBooleanIsNotTextAndNothingIsStored() {
        JsonNode conversation = client.startConversation("nl");
        String id = conversation.get("id").asString();
        for (String body : new String[] {"{\"text\":123}", "{\"text\":true}", "{\"text\":1.5}", "{\"text\":[\"a\"]}",
                "{\"text\":{\"a\":1}}"}) {
            HelderClient.Response response = client.post("/api/v1/conversations/" + id + "/messages", body,
                    "Authorization", "Bearer " + conversation.get("token").asString());
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = :id AND role = 'CUSTOMER'")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isZero();
    }

    @Test
    void textThatDisplaysInAnotherOrderIsRefusedWithTheReason() {
        JsonNode conversation = client.startConversation("nl");
        HelderClient.Response response = client.say(conversation, "refund \u202Eeteled\u202C please");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("U+202E");
    }

    @Test
    void metricsNeedAnAdministrator() {
        assertThat(client.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(client.get("/actuator/metrics").status()).isEqualTo(401);
        HelderClient.Response scraped = client.get("/actuator/prometheus", "Authorization", basic("edge-admin", "edge-admin-password"));
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(client.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndHstsOnlyOverTls() {
        for (String path : new String[] {"/", "/api/v1/widget/config", "/login", "/actuator/health"}) {
            HelderClient.Response response = client.get(path);
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.header("Permissions-Policy")).as(path).contains("camera=()").contains("geolocation=()");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Strict-Transport-Security")).as(path).isNull();
        }
        HelderClient.Response overTls = client.get("/", "X-Forwarded-Proto", "https");
        assertThat(overTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void theWidgetIsCachedAndTheApiIsNot() {
        HelderClient.Response stable = client.get("/widget/helder-widget.js");
        assertThat(stable.status()).isEqualTo(200);
        assertThat(stable.header("Cache-Control")).isEqualTo("public, max-age=600, must-revalidate");
        String lastModified = stable.header("Last-Modified");
        assertThat(lastModified).isNotNull();
        assertThat(client.get("/widget/helder-widget.js", "If-Modified-Since", lastModified).status()).isEqualTo(304);

        String hash = org.springframework.util.DigestUtils.md5DigestAsHex(stable.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HelderClient.Response versioned = client.get("/widget/helder-widget-" + hash + ".js");
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(versioned.body()).isEqualTo(stable.body());
        HelderClient.Response unknownHash = client.get("/widget/helder-widget-" + "0".repeat(32) + ".js");
        assertThat(unknownHash.status()).isEqualTo(404);
        assertThat(unknownHash.header("Cache-Control")).as("an error is never cached").contains("no-store");

        JsonNode conversation = client.startConversation("nl");
        HelderClient.Response transcript = client.get("/api/v1/conversations/" + conversation.get("id").asString(),
                "Authorization", "Bearer " + conversation.get("token").asString());
        assertThat(transcript.header("Cache-Control")).contains("no-store");
    }
}
