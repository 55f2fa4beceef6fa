package nl.helder.server.knowledge.internal;

import nl.helder.server.HelderClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --helder.kb} replaces the demo at start, and the admin API replaces and re-imports, all or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.kb=src/test/resources/kb-sample",
        "helder.bootstrap-admin.username=kb-admin",
        "helder.bootstrap-admin.password=kb-admin-password"})
class KnowledgeImportIT {

    private static final String ADMIN = basic("kb-admin", "kb-admin-password");

    @LocalServerPort
    int port;

    HelderClient client;

    @BeforeEach
    void reset() {
        client = new HelderClient(port);
        assertThat(client.post("/api/v1/admin/knowledge/import", null, "Authorization", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void theConfiguredFolderReplacesTheDemoWithMarkdownCsvAndJson() {
        JsonNode articles = client.get("/api/v1/admin/knowledge/articles", "Authorization", ADMIN).json();

        assertThat(articles.valueStream().map(a -> a.get("id").asString()).toList())
                .containsExactlyInAnyOrder("bikes", "tyre-pressure", "bandenspanning-nl", "chain-oil");
        JsonNode reply = client.say(client.startConversation("en"), "How often should I oil my chain?")
                .json().get("messages").get(1);
        assertThat(reply.get("sources").get(0).get("url").asString()).isEqualTo("https://fietsen.example/help/chain");
        JsonNode noLongerKnown = client.say(client.startConversation("nl"), "Wat zijn de verzendkosten?")
                .json().get("messages").get(1);
        assertThat(noLongerKnown.get("kind").asString()).isEqualTo("NO_ANSWER");
    }

    @Test
    void anInvalidUploadChangesNothingAndListsEveryProblem() {
        String invalid = HelderClient.json(List.of(
                Map.of("title", "Ok", "url", "https://x.example/a", "locale", "nl", "body", "Prima"),
                Map.of("title", "", "url", "ftp://x.example/b", "locale", "dutch", "body", "")));

        HelderClient.Response response = client.put("/api/v1/admin/knowledge/articles", invalid, "Authorization", ADMIN);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("problems").valueStream().map(JsonNode::asString).toList())
                .anyMatch(p -> p.contains("title")).anyMatch(p -> p.contains("url")).anyMatch(p -> p.contains("locale"))
                .anyMatch(p -> p.contains("body"));
        assertThat(client.get("/api/v1/admin/knowledge/articles", "Authorization", ADMIN).json().size()).isEqualTo(4);
    }

    @Test
    void aValidUploadReplacesTheKnowledgeBaseAtOnce() {
        String articles = HelderClient.json(List.of(Map.of("title", "Parkeren bij de winkel", "url", "https://x.example/parkeren",
                "locale", "nl", "tags", List.of("parkeren", "auto"), "body", "Je parkeert gratis op ons eigen parkeerterrein.")));

        JsonNode result = client.put("/api/v1/admin/knowledge/articles", articles, "Authorization", ADMIN).json();

        assertThat(result.get("articles").asInt()).isEqualTo(1);
        JsonNode reply = client.say(client.startConversation("nl"), "Waar kan ik mijn auto parkeren?").json().get("messages").get(1);
        assertThat(reply.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("sources").get(0).get("title").asString()).isEqualTo("Parkeren bij de winkel");
    }

    @Test
    void onlyAdministratorsMayChangeTheKnowledgeBase() {
        assertThat(client.post("/api/v1/admin/knowledge/import", null).status()).isEqualTo(401);
        assertThat(client.put("/api/v1/admin/knowledge/articles", "[]").status()).isEqualTo(401);
    }
}
