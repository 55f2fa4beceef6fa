package nl.helder.server.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.helder.server.HelderApplication;
import nl.helder.server.HelderClient;
import nl.helder.server.LiveEvents;
import nl.helder.server.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static nl.helder.server.HelderClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL, as behind a load balancer without sticky sessions: node A is the packaged server in a
 * process of its own (so it can be killed), node B runs in this JVM. A customer on A, an agent on B: the customer is
 * offered a person, sees the agent join and reply live on A's stream, and after A is killed carries on through B with
 * nothing lost and the audit chain valid. Rate limits count across both nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveAcrossNodesIT {

    private static final String ADMIN = "nodes-admin";
    private static final String PASSWORD = "nodes-admin-password";
    private static final int TURNS_PER_MINUTE = 8;

    private static EmbeddedPostgres postgres;
    private static ServerProcess nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static int portA;
    private static int portB;

    @BeforeAll
    static void twoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
        List<String> shared = List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--helder.bootstrap-admin.username=" + ADMIN, "--helder.bootstrap-admin.password=" + PASSWORD,
                "--helder.handoff.opens=00:00", "--helder.handoff.closes=00:00",
                "--helder.handoff.days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--helder.conversation.turns-per-minute=" + TURNS_PER_MINUTE,
                "--helder.conversation.starts-per-minute-per-client=1000");
        portA = ServerProcess.freePort();
        nodeA = ServerProcess.start(Path.of("target", "it-data", "node-a-" + UUID.randomUUID()), portA, shared.toArray(String[]::new));
        List<String> argsB = new ArrayList<>(shared);
        argsB.addAll(List.of("--server.port=0", "--helder.data-dir=" + Path.of("target", "it-data", "node-b-" + UUID.randomUUID())));
        nodeB = SpringApplication.run(HelderApplication.class, argsB.toArray(String[]::new));
        portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodeA != null && nodeA.isAlive()) {
            nodeA.stop();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aConversationsTurnLimitCountsOnBothNodesTogether() throws Exception {
        HelderClient a = new HelderClient(portA);
        HelderClient b = new HelderClient(portB);
        JsonNode customer = a.startConversation("nl");
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        for (int turn = 0; turn < 2 * TURNS_PER_MINUTE; turn++) {
            statuses.add((turn % 2 == 0 ? a : b).say(customer, "Wat kost verzenden naar België?").status());
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        long allowed = statuses.stream().filter(status -> status == 200).count();
        // Counted per node, the limit would let all sixteen through (eight on each node); counted together, no more
        // than the bucket plus what refilled while the test ran.
        assertThat(statuses.subList(0, TURNS_PER_MINUTE)).containsOnly(200);
        assertThat(allowed).as("turns allowed in %.2f minutes: %s", minutes, statuses)
                .isLessThanOrEqualTo(TURNS_PER_MINUTE + (long) Math.ceil(minutes * TURNS_PER_MINUTE));
        assertThat(statuses).as("refused once the shared bucket is empty").contains(429);
        assertThat(statuses).containsOnly(200, 429);

        // The buckets commit without waiting for the disk; the pool's connections must all be durable again.
        javax.sql.DataSource pool = nodeB.getBean(javax.sql.DataSource.class);
        List<java.sql.Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                borrowed.add(pool.getConnection());
            }
            for (java.sql.Connection connection : borrowed) {
                try (var statement = connection.createStatement(); var result = statement.executeQuery("SHOW synchronous_commit")) {
                    result.next();
                    assertThat(result.getString(1)).isEqualTo("on");
                }
            }
        } finally {
            for (java.sql.Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    @Test
    @Order(2)
    void aStreamThatReconnectsGetsWhatItMissedFromAnyNode() {
        HelderClient b = new HelderClient(portB);
        String agent = basic(ADMIN, PASSWORD);
        try (LiveEvents console = LiveEvents.open(portB, "/api/v1/agent/events", "Authorization", agent)) {
            JsonNode customer = b.startConversation("nl");
            String path = "/api/v1/conversations/" + customer.get("id").asString();
            String bearer = "Bearer " + customer.get("token").asString();
            assertThat(b.post(path + "/handoff", null, "Authorization", bearer).status()).isEqualTo(200);
            String agentPath = "/api/v1/agent/conversations/" + customer.get("id").asString();
            assertThat(b.post(agentPath + "/claim", null, "Authorization", agent).status()).isEqualTo(200);

            String lastSeen;
            try (LiveEvents stream = LiveEvents.open(portA, path + "/events", "Authorization", bearer)) {
                assertThat(b.post(agentPath + "/messages", json(Map.of("text", "Eerste antwoord")), "Authorization", agent).status()).isEqualTo(201);
                lastSeen = stream.await("message", m -> m.get("text").asString().equals("Eerste antwoord"), Duration.ofSeconds(5)).id();
            }
            assertThat(lastSeen).isNotBlank();
            // Written while the customer's stream was gone.
            b.post(agentPath + "/messages", json(Map.of("text", "Tweede antwoord")), "Authorization", agent);
            b.post(agentPath + "/messages", json(Map.of("text", "Derde antwoord")), "Authorization", agent);

            try (LiveEvents again = LiveEvents.open(portA, path + "/events", "Authorization", bearer, "Last-Event-ID", lastSeen)) {
                // A message committed while the stream opened may come twice, live and replayed; clients skip ids they
                // have (as the widget does), so what counts is each missed message, by id, in order.
                Map<String, String> replayed = new java.util.LinkedHashMap<>();
                again.drain(Duration.ofSeconds(2)).stream().filter(e -> e.name().equals("message"))
                        .forEach(e -> replayed.putIfAbsent(e.id(), e.data().get("text").asString()));
                assertThat(replayed.values()).containsExactly("Tweede antwoord", "Derde antwoord");
            }
        }
    }

    @Test
    @Order(3)
    void aPersonOnNodeBReachesTheCustomerOnNodeAAndTheConversationOutlivesNodeA() throws Exception {
        HelderClient a = new HelderClient(portA);
        HelderClient b = new HelderClient(portB);
        String agent = basic(ADMIN, PASSWORD);
        try (LiveEvents console = LiveEvents.open(portB, "/api/v1/agent/events", "Authorization", agent)) {
            JsonNode customer = a.startConversation("nl");
            String id = customer.get("id").asString();
            String path = "/api/v1/conversations/" + id;
            String bearer = "Bearer " + customer.get("token").asString();
            String agentPath = "/api/v1/agent/conversations/" + id;

            try (LiveEvents stream = LiveEvents.open(portA, path + "/events", "Authorization", bearer)) {
                HelderClient.Response handoff = a.post(path + "/handoff", null, "Authorization", bearer);
                assertThat(handoff.body()).as("the agent connected to B counts on A").contains("Ik geef je door aan een collega");
                console.await("conversation", c -> c.get("conversationId").asString().equals(id), Duration.ofSeconds(5));

                assertThat(b.post(agentPath + "/claim", null, "Authorization", agent).status()).isEqualTo(200);
                stream.await("state", s -> s.get("state").asString().equals("WITH_AGENT"), Duration.ofSeconds(5));

                HelderClient.Response reply = b.post(agentPath + "/messages", json(Map.of("text", "Hallo, ik help je verder")),
                        "Authorization", agent);
                long replied = System.nanoTime();
                assertThat(reply.status()).isEqualTo(201);
                stream.await("message", m -> m.get("text").asString().equals("Hallo, ik help je verder"), Duration.ofSeconds(5));
                long millis = (System.nanoTime() - replied) / 1_000_000;
                assertThat(millis).as("the reply reached node A's stream %d ms after node B confirmed it", millis).isLessThan(1_000);
            }
            Set<String> before = ids(b.get(path, "Authorization", bearer).json());

            nodeA.kill();

            // The customer's widget reconnects through the balancer, now to B, with the last message it had.
            String last = lastId(b.get(path, "Authorization", bearer).json());
            try (LiveEvents stream = LiveEvents.open(portB, path + "/events", "Authorization", bearer, "Last-Event-ID", last)) {
                assertThat(b.say(customer, "Kunt u mijn adres wijzigen?").status()).isEqualTo(200);
                assertThat(b.post(agentPath + "/messages", json(Map.of("text", "Ja, dat kan")), "Authorization", agent).status()).isEqualTo(201);
                stream.await("message", m -> m.get("text").asString().equals("Ja, dat kan"), Duration.ofSeconds(5));
            }
            JsonNode after = b.get(path, "Authorization", bearer).json();
            assertThat(ids(after)).as("nothing confirmed before the kill is lost").containsAll(before);
            assertThat(after.get("messages").toString()).contains("Kunt u mijn adres wijzigen?", "Ja, dat kan", "Hallo, ik help je verder");

            JsonNode verify = b.get("/api/v1/admin/audit/verify", "Authorization", agent).json();
            assertThat(verify.get("valid").asBoolean()).as(verify.toString()).isTrue();
        }
    }

    private static Set<String> ids(JsonNode conversation) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        conversation.get("messages").forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }

    private static String lastId(JsonNode conversation) {
        JsonNode messages = conversation.get("messages");
        return messages.get(messages.size() - 1).get("id").asString();
    }
}
