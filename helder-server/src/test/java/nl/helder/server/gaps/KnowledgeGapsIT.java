package nl.helder.server.gaps;

import nl.helder.server.HelderApplication;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.AfterEach;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap list end to end, on a small energy-supplier knowledge base (kb-gaps): questions the assistant could not
 * answer, answered with low confidence, or answered just before a hand-off are listed, grouped per language; an
 * administrator links a group to an article and from then on such questions are answered from it (also after a
 * re-import and a restart), marks a group out of scope (hidden, retrieval unchanged); Dutch-only articles that English
 * questions were answered from, or an English group was linked to, are flagged as lacking a translation; erasure
 * takes a conversation's questions along; everything is audited and admin-only.
 */
class KnowledgeGapsIT {

    private static final String ADMIN = basic("gaps-admin", "gaps-admin-password");
    private static final String GAPS = "/api/v1/admin/knowledge/gaps";

    private final Path data = Path.of("target", "it-data", UUID.randomUUID().toString());
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext node;

    @AfterEach
    void stop() throws IOException {
        if (node != null) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** On the embedded H2 database and on PostgreSQL (the same migrations and queries). */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void groupsLinksAndHidesGapsAndALinkTeachesRetrievalForGood(String database) throws IOException {
        if (database.equals("postgresql")) {
            // zonky starts PostgreSQL with fsync=off by default; Helder refuses such a server, as it would in production.
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
        }
        HelderClient client = start(true);

        // Before any link: the customer's words for the problem are not the article's.
        String blinking = "mijn teller in de kelder knippert rood";
        assertThat(reply(client, "nl", blinking).get("kind").asString()).isEqualTo("NO_ANSWER");
        for (String question : List.of("waarom knippert de teller in de kelder?", "de teller in de kelder knippert steeds")) {
            assertThat(reply(client, "nl", question).get("kind").asString()).isEqualTo("NO_ANSWER");
        }
        for (String question : List.of("wie wint de champions league dit jaar?", "welke club wint de champions league?")) {
            assertThat(reply(client, "nl", question).get("kind").asString()).isEqualTo("NO_ANSWER");
        }
        // English, typed in a Dutch conversation: listed as English.
        for (String question : List.of("my heat pump makes a strange noise at night", "why does the heat pump make a noise at night?")) {
            assertThat(reply(client, "nl", question).get("kind").asString()).isEqualTo("NO_ANSWER");
        }
        // Answered (below helder.knowledge.gaps.low-confidence, set high here), then the customer asks for a person.
        JsonNode answered = client.startConversation("nl");
        JsonNode answer = client.say(answered, "Hoe geef ik mijn meterstanden door?").json().get("messages").get(1);
        assertThat(answer.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(client.post("/api/v1/conversations/" + answered.get("id").asString() + "/handoff", null,
                "Authorization", "Bearer " + answered.get("token").asString()).status()).isEqualTo(200);

        // Answered, then the customer asks for a person in words: the hand-off follows that answer.
        JsonNode asked = client.startConversation("nl");
        assertThat(client.say(asked, "Wanneer krijg ik mijn jaarafrekening?").json().get("messages").get(1).get("kind").asString())
                .isEqualTo("ANSWER");
        HelderClient.Response inWords = client.say(asked, "Ik wil graag een medewerker spreken.");
        assertThat(inWords.json().get("state").asString()).as(inWords.body()).isEqualTo("WAITING_FOR_AGENT");
        // Not answered, then the button: that hand-off follows no answer, so only the open question is listed.
        JsonNode unanswered = client.startConversation("nl");
        assertThat(client.say(unanswered, "Kan ik bij jullie ook een laadpaal huren?").json().get("messages").get(1).get("kind").asString())
                .isEqualTo("NO_ANSWER");
        assertThat(client.post("/api/v1/conversations/" + unanswered.get("id").asString() + "/handoff", null,
                "Authorization", "Bearer " + unanswered.get("token").asString()).status()).isEqualTo(200);

        // Asked in English, answered from the Dutch-only article on moving (with a note that it is in Dutch).
        for (String question : List.of("I am moving, what do I do?", "When I move, what should I do?")) {
            JsonNode moving = reply(client, "en", question);
            assertThat(moving.get("kind").asString()).isEqualTo("ANSWER");
            assertThat(moving.get("sources").get(0).get("url").asString()).isEqualTo("https://energie.example/help/verhuizen");
        }

        assertThat(client.get(GAPS).status()).isEqualTo(401);
        assertThat(client.post("/api/v1/admin/users", HelderClient.json(Map.of("username", "gaps-agent", "displayName", "Sam",
                "password", "gaps-agent-password-1", "roles", List.of("AGENT"))), "Authorization", ADMIN).status()).isEqualTo(201);
        assertThat(client.get(GAPS, "Authorization", basic("gaps-agent", "gaps-agent-password-1")).status()).isEqualTo(403);
        JsonNode gaps = client.get(GAPS, "Authorization", ADMIN).json();
        JsonNode teller = group(gaps, "waarom knippert de teller in de kelder?");
        assertThat(teller.get("language").asString()).isEqualTo("nl");
        assertThat(texts(teller)).containsExactlyInAnyOrder(blinking, "waarom knippert de teller in de kelder?",
                "de teller in de kelder knippert steeds");
        assertThat(teller.get("kinds").get("NO_ANSWER").asInt()).isEqualTo(3);
        assertThat(teller.get("terms").valueStream().map(JsonNode::asString).toList()).contains("teller", "kelder");
        JsonNode football = group(gaps, "wie wint de champions league dit jaar?");
        assertThat(texts(football)).containsExactlyInAnyOrder("wie wint de champions league dit jaar?", "welke club wint de champions league?");
        JsonNode heatPump = group(gaps, "my heat pump makes a strange noise at night");
        assertThat(heatPump.get("language").asString()).isEqualTo("en");
        assertThat(heatPump.get("size").asInt()).isEqualTo(2);
        JsonNode meter = group(gaps, "Hoe geef ik mijn meterstanden door?");
        assertThat(meter.get("questions").valueStream().map(q -> q.get("kind").asString()).toList())
                .containsExactlyInAnyOrder("LOW_CONFIDENCE", "HANDOFF_AFTER_ANSWER");
        assertThat(meter.get("questions").get(0).get("article").asString()).isEqualTo("meterstanden");
        assertThat(meter.get("candidates").get(0).get("id").asString()).isEqualTo("meterstanden");
        JsonNode statement = group(gaps, "Wanneer krijg ik mijn jaarafrekening?");
        assertThat(statement.get("questions").valueStream().map(q -> q.get("kind").asString()).toList())
                .containsExactlyInAnyOrder("LOW_CONFIDENCE", "HANDOFF_AFTER_ANSWER");
        assertThat(statement.get("questions").valueStream().map(q -> q.get("article").asString()).distinct().toList())
                .containsExactly("factuur");
        JsonNode chargingPoint = group(gaps, "Kan ik bij jullie ook een laadpaal huren?");
        assertThat(chargingPoint.get("questions").valueStream().map(q -> q.get("kind").asString()).toList())
                .containsExactly("NO_ANSWER");

        // Decisions: errors first, as problems.
        HelderClient.Response unknownGroup = client.post(GAPS + "/groups/" + UUID.randomUUID() + "/link",
                HelderClient.json(Map.of("articleId", "storing")), "Authorization", ADMIN);
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(unknownGroup.json().get("type").asString()).endsWith("/gap-group-not-found");
        HelderClient.Response unknownArticle = client.post(GAPS + "/groups/" + id(teller) + "/link",
                HelderClient.json(Map.of("articleId", "no-such-article")), "Authorization", ADMIN);
        assertThat(unknownArticle.status()).isEqualTo(400);
        assertThat(unknownArticle.json().get("type").asString()).endsWith("/invalid-gap-decision");

        HelderClient.Response linked = client.post(GAPS + "/groups/" + id(teller) + "/link",
                HelderClient.json(Map.of("articleId", "storing")), "Authorization", ADMIN);
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("questions").asInt()).isEqualTo(3);
        assertThat(client.post(GAPS + "/groups/" + id(football) + "/out-of-scope", null, "Authorization", ADMIN).status()).isEqualTo(200);
        assertThat(client.post(GAPS + "/groups/" + id(heatPump) + "/link", HelderClient.json(Map.of("articleId", "storing")),
                "Authorization", ADMIN).status()).isEqualTo(200);

        // The retrieval effect: the question that got NO_ANSWER is now answered from the linked article.
        assertAnsweredFromStoring(client, blinking);
        assertAnsweredFromStoring(client, "de teller in de kelder knippert, wat nu?");
        // Out of scope changes nothing in retrieval.
        assertThat(reply(client, "nl", "wie wint de champions league dit jaar?").get("kind").asString()).isEqualTo("NO_ANSWER");

        // A link made by mistake is undone question by question: the English questions are answered from the
        // article while linked, and no longer once removed.
        String heatPumpQuestion = "my heat pump makes a strange noise at night";
        assertAnsweredFromStoring(client, heatPumpQuestion);
        List<JsonNode> links = client.get(GAPS + "/links", "Authorization", ADMIN).json().valueStream().toList();
        assertThat(links).hasSize(5).allMatch(l -> l.get("articleId").asString().equals("storing")
                && l.get("title").asString().equals("Storing aan je slimme meter") && l.get("linkedBy").asString().equals("gaps-admin"));
        for (JsonNode link : links) {
            if (link.get("language").asString().equals("en")) {
                assertThat(client.delete(GAPS + "/links/" + link.get("id").asString(), "Authorization", ADMIN).status()).isEqualTo(204);
            }
        }
        assertThat(client.get(GAPS + "/links", "Authorization", ADMIN).json().size()).isEqualTo(3);
        assertThat(reply(client, "nl", heatPumpQuestion).get("kind").asString()).isEqualTo("NO_ANSWER");
        assertAnsweredFromStoring(client, blinking);
        HelderClient.Response unknownLink = client.delete(GAPS + "/links/" + UUID.randomUUID(), "Authorization", ADMIN);
        assertThat(unknownLink.status()).isEqualTo(404);
        assertThat(unknownLink.json().get("type").asString()).endsWith("/learned-question-not-found");

        JsonNode after = client.get(GAPS, "Authorization", ADMIN).json();
        List<String> open = new ArrayList<>();
        after.get("groups").forEach(g -> open.addAll(texts(g)));
        assertThat(open).doesNotContain("waarom knippert de teller in de kelder?", "welke club wint de champions league?",
                "why does the heat pump make a noise at night?");
        // Unanswered again after the unlink, the heat-pump question is listed again as such.
        assertThat(after.get("groups").valueStream().flatMap(g -> g.get("questions").valueStream()).toList())
                .anyMatch(q -> q.get("text").asString().equals(heatPumpQuestion) && q.get("kind").asString().equals("NO_ANSWER"));
        // English questions reached Dutch-only articles, answered or linked: they lack a translation customers ask for.
        assertThat(after.get("translations").valueStream().toList()).anyMatch(t -> t.get("articleId").asString().equals("verhuizen")
                && t.get("language").asString().equals("en") && t.get("questions").asInt() == 2);
        // Two English questions linked, and one answered from it while it was linked.
        assertThat(after.get("translations").valueStream().toList()).anyMatch(t -> t.get("articleId").asString().equals("storing")
                && t.get("language").asString().equals("en") && t.get("locale").asString().equals("nl") && t.get("questions").asInt() == 3);

        List<JsonNode> audit = client.get("/api/v1/admin/audit", "Authorization", ADMIN).json().valueStream().toList();
        assertThat(audit).anyMatch(e -> e.get("type").asString().equals("KNOWLEDGE_GAP_LINKED") && e.get("actor").asString().equals("gaps-admin")
                && e.get("details").asString().contains("\"article\":\"storing\"") && e.get("details").asString().contains("\"questions\":3"));
        assertThat(audit).filteredOn(e -> e.get("type").asString().equals("KNOWLEDGE_GAP_UNLINKED")).hasSize(2)
                .allMatch(e -> e.get("actor").asString().equals("gaps-admin") && e.get("details").asString().contains("\"article\":\"storing\""));
        assertThat(audit).anyMatch(e -> e.get("type").asString().equals("KNOWLEDGE_GAP_OUT_OF_SCOPE")
                && e.get("actor").asString().equals("gaps-admin") && e.get("details").asString().contains("\"questions\":2"));
        // No customer text in the audit trail.
        assertThat(audit).noneMatch(e -> e.get("details").asString().contains("kelder"));
        assertThat(client.get("/api/v1/admin/audit/verify", "Authorization", ADMIN).json().get("valid").asBoolean()).isTrue();

        // Erasure takes the conversation's questions off the list.
        assertThat(client.delete("/api/v1/admin/privacy/conversations/" + answered.get("id").asString(), "Authorization", ADMIN).status())
                .isEqualTo(204);
        JsonNode erased = client.get(GAPS, "Authorization", ADMIN).json();
        assertThat(erased.get("groups").valueStream().flatMap(g -> texts(g).stream()).toList()).doesNotContain("Hoe geef ik mijn meterstanden door?");

        // A re-import of the source keeps the link.
        assertThat(client.post("/api/v1/admin/knowledge/import", null, "Authorization", ADMIN).status()).isEqualTo(200);
        assertAnsweredFromStoring(client, blinking);

        // So does a restart: once re-importing helder.kb, once loading the stored articles.
        node.close();
        client = start(true);
        assertAnsweredFromStoring(client, blinking);
        node.close();
        client = start(false);
        assertAnsweredFromStoring(client, blinking);
    }

    private HelderClient start(boolean withKb) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--helder.data-dir=" + data,
                "--helder.bootstrap-admin.username=gaps-admin", "--helder.bootstrap-admin.password=gaps-admin-password",
                "--helder.conversation.starts-per-minute-per-client=1000", "--helder.knowledge.gaps.low-confidence=0.99"));
        if (withKb) {
            args.add("--helder.kb=src/test/resources/kb-gaps");
        }
        if (postgres != null) {
            args.addAll(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        node = SpringApplication.run(HelderApplication.class, args.toArray(String[]::new));
        return new HelderClient(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    private static void assertAnsweredFromStoring(HelderClient client, String question) {
        JsonNode reply = reply(client, "nl", question);
        assertThat(reply.get("kind").asString()).as(reply.toString()).isEqualTo("ANSWER");
        assertThat(reply.get("sources").get(0).get("url").asString()).isEqualTo("https://energie.example/help/storing-meter");
    }

    /** The assistant's reply to {@code question}, asked first in a new conversation. */
    private static JsonNode reply(HelderClient client, String locale, String question) {
        HelderClient.Response response = client.say(client.startConversation(locale), question);
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        JsonNode messages = response.json().get("messages");
        return messages.get(messages.size() - 1);
    }

    private static JsonNode group(JsonNode gaps, String question) {
        return gaps.get("groups").valueStream().filter(g -> texts(g).contains(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no group holds '" + question + "': " + gaps));
    }

    private static List<String> texts(JsonNode group) {
        return group.get("questions").valueStream().map(q -> q.get("text").asString()).toList();
    }

    private static String id(JsonNode group) {
        return group.get("id").asString();
    }
}
