package nl.helder.server.console;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import nl.helder.server.LiveEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent side over the API, as scripts and the console use it: a person joins a conversation the
 * customer follows live, replies, hands it back to the assistant (which discloses itself again) or closes it;
 * only the agent who claimed a conversation can act on it, and every act is audited with time and actor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=console-admin",
        "helder.bootstrap-admin.password=console-admin-password",
        // Open around the clock, so the test does not depend on the hour it runs.
        "helder.handoff.opens=00:00", "helder.handoff.closes=00:00",
        "helder.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY"})
class AgentConsoleIT extends ApplicationIT {

    private static final String ADMIN = basic("console-admin", "console-admin-password");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private String sanne;
    private String bram;
    private LiveEvents sanneOnline;

    @BeforeEach
    void staffAndPresence() {
        sanne = agent("sanne" + suffix(), "Sanne");
        bram = agent("bram" + suffix(), "Bram");
        // An agent counts as available while its console's live connection is open.
        sanneOnline = LiveEvents.open(port, "/api/v1/agent/events", "Authorization", sanne);
        assertThat(sanneOnline.status()).isEqualTo(200);
    }

    @AfterEach
    void offline() {
        sanneOnline.close();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private String agent(String username, String displayName) {
        HelderClient.Response created = client.post("/api/v1/admin/users", json(Map.of("username", username,
                "displayName", displayName, "password", "a-long-password-123", "roles", List.of("AGENT"))), "Authorization", ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return basic(username, "a-long-password-123");
    }

    private record Customer(String id, String auth) {
        String path() {
            return "/api/v1/conversations/" + id;
        }
    }

    private Customer waitingCustomer(String locale) {
        JsonNode conversation = client.startConversation(locale);
        Customer customer = new Customer(conversation.get("id").asString(), "Bearer " + conversation.get("token").asString());
        JsonNode handoff = client.post(customer.path() + "/handoff", null, "Authorization", customer.auth()).json();
        assertThat(handoff.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(handoff.has("fallback")).as("an agent is online: no ticket offered").isFalse();
        return customer;
    }

    private HelderClient.Response say(Customer customer, String text) {
        return client.post(customer.path() + "/messages", json(Map.of("text", text)), "Authorization", customer.auth());
    }

    private String agentPath(Customer customer) {
        return "/api/v1/agent/conversations/" + customer.id();
    }

    private List<String> audit(Customer customer) {
        return jdbc.sql("SELECT event_type || ' by ' || actor FROM audit_event WHERE conversation_id = :id ORDER BY occurred_at, event_type")
                .param("id", UUID.fromString(customer.id())).query(String.class).list();
    }

    @Test
    void aPersonJoinsRepliesLiveAndHandsBackToTheAssistantWhichDisclosesItselfAgain() {
        Customer customer = waitingCustomer("nl");
        say(customer, "Mijn IBAN is NL91ABNA0417164300, klopt mijn factuur?");

        JsonNode queue = client.get("/api/v1/agent/queue", "Authorization", sanne).json();
        JsonNode entry = queue.valueStream().filter(e -> e.get("conversationId").asString().equals(customer.id())).findFirst().orElseThrow();
        assertThat(entry.get("reason").asString()).isEqualTo("CUSTOMER_BUTTON");
        assertThat(entry.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(entry.get("preview").asString()).as("redacted, as stored").isEqualTo("Mijn IBAN is [IBAN], klopt mijn factuur?");

        try (LiveEvents live = LiveEvents.open(port, customer.path() + "/events", "Authorization", customer.auth())) {
            JsonNode claimed = client.post(agentPath(customer) + "/claim", null, "Authorization", sanne).json();
            assertThat(claimed.get("mine").asBoolean()).isTrue();
            assertThat(claimed.get("capabilities").get("explainToCustomer").asString()).contains("AI-assistent", "Sanne");
            assertThat(claimed.get("capabilities").get("cannotDo").toString()).contains("Annex III");

            assertThat(live.await("message", m -> m.get("kind").asString().equals("NOTICE"), WAIT).data().get("text").asString())
                    .isEqualTo("Je chat nu met Sanne, medewerker.");
            assertThat(live.await("state", s -> true, WAIT).data().get("banner").asString()).isEqualTo("Je chat nu met Sanne, medewerker");

            assertThat(client.post(agentPath(customer) + "/messages", json(Map.of("text", "Ik kijk even mee")), "Authorization", bram).status())
                    .as("only the agent who claimed it").isEqualTo(403);
            assertThat(client.post(agentPath(customer) + "/claim", null, "Authorization", bram).status()).isEqualTo(409);

            HelderClient.Response reply = client.post(agentPath(customer) + "/messages",
                    json(Map.of("text", "Hoi! Ik kijk je factuur na.")), "Authorization", sanne);
            assertThat(reply.status()).isEqualTo(201);
            JsonNode pushed = live.await("message", m -> m.get("kind").asString().equals("AGENT"), WAIT).data();
            assertThat(pushed.get("text").asString()).isEqualTo("Hoi! Ik kijk je factuur na.");
            assertThat(pushed.get("author").asString()).isEqualTo("Sanne");
            assertThat(pushed.get("role").asString()).isEqualTo("AGENT");

            JsonNode answer = say(customer, "Dank je, hoe lang duurt dat?").json();
            assertThat(answer.get("messages").valueStream().map(m -> m.get("kind").asString()).toList())
                    .as("a person answers now, not the assistant").containsExactly("TEXT");

            assertThat(client.post(agentPath(customer) + "/handback", null, "Authorization", sanne).status()).isEqualTo(204);
            assertThat(live.await("message", m -> m.get("kind").asString().equals("DISCLOSURE"), WAIT).data().get("text").asString())
                    .startsWith("Je chat nu met onze AI-assistent.");
            assertThat(live.await("state", s -> s.get("state").asString().equals("BOT"), WAIT).data().get("banner").asString())
                    .isEqualTo("Je chat nu met onze AI-assistent");
        }

        JsonNode backWithTheAssistant = say(customer, "Hoe lang heb ik om iets terug te sturen?").json();
        assertThat(backWithTheAssistant.get("messages").get(1).get("kind").asString()).isEqualTo("ANSWER");
        String actor = username(sanne);
        assertThat(audit(customer)).containsSubsequence("HANDOFF_REQUESTED by system", "AGENT_CLAIMED by " + actor,
                "AGENT_REPLIED by " + actor, "AGENT_HANDED_BACK by " + actor);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE conversation_id = :id AND occurred_at IS NOT NULL AND actor = :actor")
                .param("id", UUID.fromString(customer.id())).param("actor", actor).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void closingEndsTheConversationWithAnOutcome() {
        Customer customer = waitingCustomer("en");
        assertThat(client.post(agentPath(customer) + "/close", json(Map.of("outcome", "RESOLVED")), "Authorization", sanne).status())
                .as("claim first").isEqualTo(409);
        client.post(agentPath(customer) + "/claim", null, "Authorization", sanne);

        HelderClient.Response noOutcome = client.post(agentPath(customer) + "/close", "{}", "Authorization", sanne);
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.header("Content-Type")).startsWith("application/problem+json");
        assertThat(client.post(agentPath(customer) + "/close", json(Map.of("outcome", "RESOLVED")), "Authorization", sanne).status())
                .isEqualTo(204);

        JsonNode ended = client.get(customer.path(), "Authorization", customer.auth()).json();
        assertThat(ended.get("state").asString()).isEqualTo("CLOSED");
        assertThat(ended.get("messages").get(ended.get("messages").size() - 1).get("text").asString()).startsWith("Sanne has closed the conversation.");
        assertThat(say(customer, "hello?").status()).isEqualTo(409);
        assertThat(audit(customer)).contains("AGENT_CLOSED by " + username(sanne));
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = 'AGENT_CLOSED'")
                .param("id", UUID.fromString(customer.id())).query(String.class).single()).isEqualTo("{\"outcome\":\"RESOLVED\"}");
        assertThat(client.get("/api/v1/agent/queue", "Authorization", sanne).body()).doesNotContain(customer.id());
    }

    @Test
    void theQueueIsOrderedByWaitingTimeAndTellsCustomersHowManyAreAhead() {
        Customer first = waitingCustomer("nl");
        JsonNode conversation = client.startConversation("nl");
        JsonNode second = client.post("/api/v1/conversations/" + conversation.get("id").asString() + "/handoff", null,
                "Authorization", "Bearer " + conversation.get("token").asString()).json();

        assertThat(second.get("messages").get(0).get("text").asString()).containsPattern("Er (is 1 klant|zijn \\d+ klanten) voor je\\.");
        List<String> waiting = client.get("/api/v1/agent/queue", "Authorization", sanne).json().valueStream()
                .filter(e -> e.get("state").asString().equals("WAITING_FOR_AGENT")).map(e -> e.get("conversationId").asString()).toList();
        assertThat(waiting).containsSubsequence(first.id(), conversation.get("id").asString());
    }

    @Test
    void onlyStaffWithTheRightRoleReachTheAgentApiAndCustomerTokensNever() {
        Customer customer = waitingCustomer("nl");
        assertThat(client.get("/api/v1/agent/queue").status()).isEqualTo(401);
        assertThat(client.get("/api/v1/agent/queue", "Authorization", customer.auth()).status())
                .as("a customer's conversation token is no staff credential").isEqualTo(401);
        assertThat(client.post(agentPath(customer) + "/claim", null, "Authorization", customer.auth()).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/admin/users", "Authorization", sanne).status()).as("agents are no admins").isEqualTo(403);

        client.post("/api/v1/admin/users", json(Map.of("username", "officer" + suffix(), "displayName", "Compliance",
                "password", "a-long-password-123", "roles", List.of("COMPLIANCE"))), "Authorization", ADMIN);
        String officer = client.get("/api/v1/admin/users", "Authorization", ADMIN).json().valueStream()
                .filter(u -> u.get("roles").toString().contains("COMPLIANCE")).findFirst().orElseThrow().get("username").asString();
        assertThat(client.get("/api/v1/agent/queue", "Authorization", basic(officer, "a-long-password-123")).status()).isEqualTo(403);

        HelderClient.Response weak = client.post("/api/v1/admin/users", json(Map.of("username", "weak", "displayName", "Weak",
                "password", "short", "roles", List.of("AGENT"))), "Authorization", ADMIN);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("detail").asString()).contains("12");
        assertThat(jdbc.sql("SELECT password FROM users WHERE username = :u").param("u", username(sanne)).query(String.class).single())
                .as("hashed").startsWith("{bcrypt}");
    }

    @Test
    void scriptsUseAPersonalApiTokenUntilItIsRevoked() {
        HelderClient.Response created = client.post("/api/v1/staff/tokens", json(Map.of("name", "queue monitor", "validDays", 30)),
                "Authorization", sanne);
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        assertThat(token).startsWith("hld_");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("only a hash is stored").isZero();

        assertThat(client.get("/api/v1/agent/queue", "Authorization", "Bearer " + token).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/staff/tokens", "Authorization", "Bearer " + token).json().get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(client.get("/api/v1/agent/queue", "Authorization", "Bearer " + token + "x").status()).isEqualTo(401);

        String id = created.json().get("info").get("id").asString();
        assertThat(client.delete("/api/v1/staff/tokens/" + id, "Authorization", sanne).status()).isEqualTo(204);
        assertThat(client.get("/api/v1/agent/queue", "Authorization", "Bearer " + token).status()).isEqualTo(401);
        assertThat(client.post("/api/v1/staff/tokens", json(Map.of("name", "")), "Authorization", sanne).status()).isEqualTo(400);
    }

    private static String username(String basicHeader) {
        String decoded = new String(java.util.Base64.getDecoder().decode(basicHeader.substring(6)), java.nio.charset.StandardCharsets.UTF_8);
        return decoded.substring(0, decoded.indexOf(':'));
    }
}
