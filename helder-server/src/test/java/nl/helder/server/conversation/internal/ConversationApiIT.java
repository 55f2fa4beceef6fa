package nl.helder.server.conversation.internal;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer API over real HTTP against the whole application with its embedded H2 file database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=root",
        "helder.bootstrap-admin.password=correct-horse-battery",
        "helder.conversation.starts-per-minute-per-client=1000"})
class ConversationApiIT extends ApplicationIT {

    private List<JsonNode> transcript(JsonNode conversation) {
        HelderClient.Response response = client.get("/api/v1/conversations/" + conversation.get("id").asString(),
                "Authorization", "Bearer " + conversation.get("token").asString());
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("messages").valueStream().toList();
    }

    @Test
    void everyConversationOpensWithTheAiDisclosureInTheCustomersLanguage() {
        for (String locale : List.of("nl", "en", "de", "fr")) {
            JsonNode conversation = client.startConversation(locale);

            assertThat(conversation.get("state").asString()).isEqualTo("BOT");
            assertThat(conversation.get("locale").asString()).isEqualTo(locale);
            JsonNode first = conversation.get("messages").get(0);
            assertThat(first.get("role").asString()).isEqualTo("ASSISTANT");
            assertThat(first.get("kind").asString()).isEqualTo("DISCLOSURE");
            assertThat(first.get("text").asString()).containsAnyOf("AI", "KI", "IA");
            assertThat(conversation.get("banner").asString()).isNotBlank();
        }
        assertThat(client.startConversation("nl").get("messages").get(0).get("text").asString())
                .startsWith("Je chat nu met onze AI-assistent.");
    }

    /**
     * Turns on one conversation take its lock one after another (on H2 as on PostgreSQL, see PostgresIT): each
     * customer message is followed by its own reply, and the messages' times grow with their order.
     */
    @Test
    void concurrentTurnsOnOneConversationAreStoredWholeAndInOrder() throws Exception {
        JsonNode conversation = client.startConversation("en");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String question = "Question " + i + ": how much are the shipping costs?";
            statuses.add(pool.submit(() -> client.say(conversation, question).status()));
        }
        for (java.util.concurrent.Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        pool.shutdown();

        List<JsonNode> messages = transcript(conversation);
        assertThat(messages).hasSize(1 + 16 * 2);
        for (int i = 1; i < messages.size(); i += 2) {
            assertThat(messages.get(i).get("role").asString()).isEqualTo("CUSTOMER");
            assertThat(messages.get(i + 1).get("role").asString()).isEqualTo("ASSISTANT");
            assertThat(messages.get(i + 1).get("text").asString()).isNotBlank();
        }
        for (int i = 1; i < messages.size(); i++) {
            assertThat(java.time.Instant.parse(messages.get(i).get("createdAt").asString()))
                    .isAfterOrEqualTo(java.time.Instant.parse(messages.get(i - 1).get("createdAt").asString()));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    /**
     * A turn that waits for the conversation's lock reads the conversation as the lock's holder left it: here a
     * person took over while the turn waited, so the turn stores the customer's message and no assistant reply, in
     * the sequence after what the holder stored (issue 18 took the lock from a {@code SELECT … FOR UPDATE} to an
     * {@code UPDATE}; this holds the row the old way, as the agent desk does).
     */
    @Test
    void aTurnThatWaitedForTheLockSeesWhatTheHolderCommitted() throws Exception {
        JsonNode conversation = client.startConversation("nl");
        String id = conversation.get("id").asString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<HelderClient.Response> turn;
        try (java.sql.Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT * FROM conversation WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, UUID.fromString(id));
                lock.executeQuery().close();
            }
            turn = pool.submit(() -> client.say(conversation, "Wat kost verzenden?"));
            Thread.sleep(400); // the turn's guards and retrieval take milliseconds; then it waits for the row (H2 waits up to 1 s)
            assertThat(turn.isDone()).as("the turn waits for the lock").isFalse();
            try (var takeOver = holder.prepareStatement("UPDATE conversation SET state = 'WAITING_FOR_AGENT' WHERE id = ?")) {
                takeOver.setObject(1, UUID.fromString(id));
                takeOver.executeUpdate();
            }
            holder.commit();
        }
        HelderClient.Response response = turn.get(10, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        List<JsonNode> messages = transcript(conversation);
        assertThat(messages).extracting(m -> m.get("role").asString()).containsExactly("ASSISTANT", "CUSTOMER");
        assertThat(messages.get(1).get("text").asString()).isEqualTo("Wat kost verzenden?");
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.helder.server.conversation.ConversationRecords records;

    /**
     * Retention reads its batch of inactive conversations without a lock; a conversation that became active before
     * its erasure took the lock (a turn committed in between) is kept. Here the "turn" holds the row and moves its
     * activity time to now while retention waits for the row.
     */
    @Test
    void retentionKeepsAConversationThatBecameActiveWhileItWaited() throws Exception {
        JsonNode conversation = client.startConversation("nl");
        client.say(conversation, "Wat kost verzenden?");
        UUID id = UUID.fromString(conversation.get("id").asString());
        java.time.Instant now = java.time.Instant.now();
        jdbc.sql("UPDATE conversation SET updated_at = :old WHERE id = :id")
                .param("old", java.time.OffsetDateTime.ofInstant(now.minus(java.time.Duration.ofDays(400)), java.time.ZoneOffset.UTC))
                .param("id", id).update();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> retention;
        try (java.sql.Connection turn = dataSource.getConnection()) {
            turn.setAutoCommit(false);
            try (var lock = turn.prepareStatement("SELECT * FROM conversation WHERE id = ? FOR UPDATE");
                 var touch = turn.prepareStatement("UPDATE conversation SET updated_at = ? WHERE id = ?")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
                touch.setObject(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
                touch.setObject(2, id);
                touch.executeUpdate();
            }
            retention = pool.submit(() -> records.eraseInactiveSince(now.minus(java.time.Duration.ofDays(30)), now));
            Thread.sleep(400); // retention reads the old activity time, then waits for the row (H2 waits up to 1 s)
            assertThat(retention.isDone()).as("retention waits for the row").isFalse();
            turn.commit();
        }
        assertThat(retention.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        pool.shutdown();
        assertThat(transcript(conversation)).extracting(m -> m.get("text").asString()).contains("Wat kost verzenden?");
    }

    @Test
    void localeComesFromTheBodyOrAcceptLanguageAndFallsBackSensibly() {
        assertThat(client.post("/api/v1/conversations", null, "Accept-Language", "en-GB,en;q=0.9").json()
                .get("locale").asString()).isEqualTo("en");
        assertThat(client.post("/api/v1/conversations", "{}").json().get("locale").asString()).isEqualTo("nl");
        assertThat(client.startConversation("nl-BE").get("locale").asString()).isEqualTo("nl");
        assertThat(client.startConversation("es").get("locale").asString()).isEqualTo("en");

        HelderClient.Response invalid = client.post("/api/v1/conversations", "{\"locale\":\"<script>\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void answersFromTheKnowledgeBaseWithItsSource() {
        JsonNode conversation = client.startConversation("nl");

        HelderClient.Response response = client.say(conversation, "Hoeveel dagen heb ik bedenktijd om iets terug te sturen?");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("state").asString()).isEqualTo("BOT");
        JsonNode customer = body.get("messages").get(0);
        assertThat(customer.get("role").asString()).isEqualTo("CUSTOMER");
        JsonNode answer = body.get("messages").get(1);
        assertThat(answer.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(answer.get("text").asString()).contains("30 dagen");
        assertThat(answer.get("sources").get(0).get("title").asString()).isEqualTo("Retourneren");
        assertThat(answer.get("sources").get(0).get("url").asString()).endsWith("/klantenservice/retourneren");
    }

    @Test
    void redactedPersonalDataDoesNotSpoilTheAnswer() {
        JsonNode conversation = client.startConversation("nl");

        List<JsonNode> messages = client.say(conversation,
                "Hoi, ik ben Sanne Bakker, mijn nummer is 06-12345678. Wat moet ik doen als mijn pakket beschadigd is aangekomen?").json()
                .get("messages").valueStream().toList();

        assertThat(messages.get(0).get("text").asString()).contains("[PERSON_NAME]", "[PHONE]");
        JsonNode answer = messages.get(messages.size() - 1);
        assertThat(answer.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(answer.get("sources").get(0).get("title").asString()).isEqualTo("Pakket beschadigd of onvolledig geleverd");
    }

    @Test
    void askedWhetherItIsAPersonItSaysPlainlyThatItIsAnAi() {
        JsonNode nl = client.say(client.startConversation("nl"), "Ben jij een mens?").json();
        assertThat(nl.get("messages").get(1).get("kind").asString()).isEqualTo("DISCLOSURE");
        assertThat(nl.get("messages").get(1).get("text").asString()).startsWith("Nee, ik ben geen mens: ik ben een AI-assistent");
        assertThat(nl.get("state").asString()).as("it does not hand over by itself").isEqualTo("BOT");

        JsonNode en = client.say(client.startConversation("en"), "am I talking to a bot?").json();
        assertThat(en.get("messages").get(1).get("text").asString()).startsWith("No, I am not a person: I am an AI assistant");

        // asked without naming a person or a bot: the same plain answer, from the guard's judgement
        JsonNode who = client.say(client.startConversation("nl"), "Met wie spreek ik eigenlijk?").json();
        assertThat(who.get("messages").get(1).get("kind").asString()).isEqualTo("DISCLOSURE");
        assertThat(who.get("state").asString()).isEqualTo("BOT");
    }

    @Test
    void saysItDoesNotKnowRatherThanGuessing() {
        JsonNode conversation = client.startConversation("en");

        JsonNode reply = client.say(conversation, "What is the capital of Australia?").json().get("messages").get(1);

        assertThat(reply.get("kind").asString()).isEqualTo("NO_ANSWER");
        assertThat(reply.get("text").asString()).contains("person");
        assertThat(reply.has("sources")).isFalse();
    }

    @Test
    void theTranscriptHasEverythingInOrderDisclosureFirst() {
        JsonNode conversation = client.startConversation("en");
        client.say(conversation, "How much are the shipping costs?");
        client.say(conversation, "Can I pay with PayPal?");

        List<JsonNode> messages = transcript(conversation);

        assertThat(messages).extracting(m -> m.get("kind").asString())
                .containsExactly("DISCLOSURE", "TEXT", "ANSWER", "TEXT", "ANSWER");
        assertThat(messages.get(1).get("text").asString()).isEqualTo("How much are the shipping costs?");
    }

    @Test
    void aWrongOrMissingTokenNeverRevealsAConversation() {
        JsonNode conversation = client.startConversation("nl");
        JsonNode other = client.startConversation("nl");
        String id = conversation.get("id").asString();

        assertThat(client.get("/api/v1/conversations/" + id).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/conversations/" + id, "Authorization", "Bearer wrong").status()).isEqualTo(404);
        assertThat(client.get("/api/v1/conversations/" + id, "Authorization", "Bearer " + other.get("token").asString()).status())
                .isEqualTo(404);
        HelderClient.Response unknown = client.get("/api/v1/conversations/" + UUID.randomUUID(),
                "Authorization", "Bearer " + conversation.get("token").asString());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).endsWith("/conversation-not-found");
        assertThat(client.post("/api/v1/conversations/" + id + "/messages", "{\"text\":\"hoi\"}",
                "Authorization", "Bearer " + other.get("token").asString()).status()).isEqualTo(404);
        assertThat(transcript(conversation)).hasSize(1);
    }

    @Test
    void badInputGetsAProblemDetailAndNothingIsStored() {
        JsonNode conversation = client.startConversation("nl");
        String path = "/api/v1/conversations/" + conversation.get("id").asString() + "/messages";
        String auth = "Bearer " + conversation.get("token").asString();

        assertProblem(client.post(path, "{\"text\":\"   \"}", "Authorization", auth), 400, "invalid-message");
        assertProblem(client.post(path, "{}", "Authorization", auth), 400, "invalid-message");
        assertProblem(client.post(path, HelderClient.json(java.util.Map.of("text", "a".repeat(4001))), "Authorization", auth),
                400, "message-too-long");
        assertProblem(client.post(path, "{\"text\":\"hallo\\u0000daar\"}", "Authorization", auth), 400, "invalid-message");
        assertProblem(client.post(path, "{\"text\":\"\\ud800 half\"}", "Authorization", auth), 400, "invalid-message");
        HelderClient.Response malformed = client.post(path, "{\"text\":", "Authorization", auth);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        HelderClient.Response huge = client.post(path, "{\"text\":\"" + "x".repeat(70_000) + "\"}", "Authorization", auth);
        assertThat(huge.status()).isEqualTo(413);

        assertThat(transcript(conversation)).hasSize(1);
        // Exactly 4,000 characters is still accepted.
        assertThat(client.post(path, HelderClient.json(java.util.Map.of("text", "b".repeat(4000))), "Authorization", auth).status())
                .isEqualTo(200);
    }

    @Test
    void aClosedConversationAcceptsNoMessages() {
        JsonNode conversation = client.startConversation("nl");
        jdbc.sql("UPDATE conversation SET state = 'CLOSED' WHERE id = :id")
                .param("id", UUID.fromString(conversation.get("id").asString())).update();

        assertProblem(client.say(conversation, "Nog een vraag"), 409, "conversation-closed");
        assertThat(transcript(conversation)).hasSize(1);
    }

    @Test
    void disclosureEvidenceIsStoredAndQueryableByAdministrators() {
        JsonNode conversation = client.startConversation("en");
        String id = conversation.get("id").asString();
        String auth = "Bearer " + conversation.get("token").asString();
        assertThat(client.post("/api/v1/conversations/" + id + "/disclosure-shown", null, "Authorization", auth).status())
                .isEqualTo(204);

        HelderClient.Response evidence = client.get("/api/v1/admin/conversations/" + id + "/disclosure",
                "Authorization", basic("root", "correct-horse-battery"));

        assertThat(evidence.status()).isEqualTo(200);
        JsonNode record = evidence.json();
        assertThat(record.get("locale").asString()).isEqualTo("en");
        assertThat(record.get("message").asString()).startsWith("You are now chatting with our AI assistant.");
        assertThat(record.get("banner").asString()).isEqualTo("You are chatting with our AI assistant");
        assertThat(record.get("sentAt").asString()).isNotBlank();
        assertThat(record.get("displayedAt").asString()).isNotBlank();

        JsonNode report = client.get("/api/v1/admin/disclosures", "Authorization", basic("root", "correct-horse-battery")).json();
        assertThat(report.get("coverage").get("conversations").asLong())
                .isEqualTo(report.get("coverage").get("disclosed").asLong())
                .isPositive();
    }

    @Test
    void adminEndpointsNeedStaffCredentialsNotCustomerTokens() {
        JsonNode conversation = client.startConversation("nl");
        String id = conversation.get("id").asString();

        assertThat(client.get("/api/v1/admin/conversations/" + id + "/disclosure").status()).isEqualTo(401);
        assertThat(client.get("/api/v1/admin/conversations/" + id + "/disclosure",
                "Authorization", "Bearer " + conversation.get("token").asString()).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/admin/knowledge/articles", "Authorization", basic("root", "wrong-password")).status())
                .isEqualTo(401);
    }

    @Test
    void theAppServesItsOpenApiHealthMetricsAndWidget() {
        assertThat(client.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        // readiness includes the storage component (Boot refuses to start when a group names a missing one)
        assertThat(client.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(client.get("/v3/api-docs").body()).contains("/api/v1/conversations/{id}/messages");
        client.say(client.startConversation("nl"), "Wat kost verzenden?");
        assertThat(client.get("/actuator/prometheus").status()).as("metrics need an administrator").isEqualTo(401);
        assertThat(client.get("/actuator/prometheus", "Authorization", basic("root", "correct-horse-battery")).body())
                .contains("helder_turns_total");
        assertThat(client.get("/widget/helder-widget.js").status()).isEqualTo(200);
        JsonNode config = client.get("/api/v1/widget/config?locale=de").json();
        assertThat(config.get("banner").asString()).isEqualTo("Sie chatten mit unserem KI-Assistenten");
        assertThat(config.get("texts").get("send").asString()).isEqualTo("Senden");
    }

    private static void assertProblem(HelderClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/" + type);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
