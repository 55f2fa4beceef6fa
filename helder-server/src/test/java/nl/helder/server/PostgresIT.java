package nl.helder.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production database for real: a PostgreSQL server started from Maven Central binaries, the same Flyway
 * migrations, the same API flows, concurrent turns on one conversation, and concurrent audit entries that
 * still form one unbroken hash chain (appends serialise on the chain's head row).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helder.data-dir=target/it-data/${random.uuid}", "helder.conversation.turns-per-minute=1000",
                "helder.conversation.starts-per-minute-per-client=1000"})
class PostgresIT {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        try {
            // zonky starts PostgreSQL with fsync=off by default; Helder refuses such a server, as it would in production.
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresqlWithTheSameMigrations() {
        String product = jdbc.sql("SELECT version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kb_article").query(Long.class).single()).isGreaterThanOrEqualTo(40);

        HelderClient client = new HelderClient(port);
        JsonNode conversation = client.startConversation("nl");
        JsonNode reply = client.say(conversation, "Hoe kan ik met Klarna achteraf betalen?").json().get("messages").get(1);

        assertThat(reply.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("sources").get(0).get("title").asString()).isEqualTo("Achteraf betalen met Klarna");
        JsonNode transcript = client.get("/api/v1/conversations/" + conversation.get("id").asString(),
                "Authorization", "Bearer " + conversation.get("token").asString()).json();
        assertThat(transcript.get("messages").size()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure").query(Long.class).single()).isPositive();
    }

    @Test
    void concurrentTurnsOnOneConversationAreAllStoredInOrder() throws Exception {
        HelderClient client = new HelderClient(port);
        JsonNode conversation = client.startConversation("en");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String question = "Question " + i + ": how much are the shipping costs?";
            statuses.add(pool.submit(() -> client.say(conversation, question).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        pool.shutdown();

        List<Integer> sequences = jdbc.sql("SELECT seq FROM message WHERE conversation_id = CAST(:id AS UUID) ORDER BY seq")
                .param("id", conversation.get("id").asString()).query(Integer.class).list();
        assertThat(sequences).hasSize(1 + 16 * 2);
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i + 1);
        }
    }

    /**
     * The gap list is written in the turn's transaction, behind a savepoint: a gap write that fails (here its table
     * is gone) is rolled back alone, and the turn is stored and answered. On PostgreSQL a failed statement without the
     * savepoint would abort the whole transaction, turn included. (An unanswered question is listed; an answer given
     * with confidence writes nothing to the gap list.)
     */
    @Test
    void aGapListThatCannotBeWrittenDoesNotCostTheTurn() {
        HelderClient client = new HelderClient(port);
        JsonNode conversation = client.startConversation("nl");
        jdbc.sql("ALTER TABLE kb_gap_question RENAME TO kb_gap_question_away").update();
        try {
            HelderClient.Response response = client.say(conversation, "Wie wint er dit jaar de Champions League?");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("messages").get(1).get("kind").asString()).isEqualTo("NO_ANSWER");
        } finally {
            jdbc.sql("ALTER TABLE kb_gap_question_away RENAME TO kb_gap_question").update();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = CAST(:id AS UUID)")
                .param("id", conversation.get("id").asString()).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kb_gap_question WHERE conversation_id = CAST(:id AS UUID)")
                .param("id", conversation.get("id").asString()).query(Long.class).single()).isZero();
        // The same question once the table is back: listed, so the failure above was the table's, not the question's.
        client.say(conversation, "Wie wint er dit jaar de Champions League?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kb_gap_question WHERE conversation_id = CAST(:id AS UUID)")
                .param("id", conversation.get("id").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Autowired
    nl.helder.server.audit.AuditTrail audit;

    @Test
    void concurrentConversationsKeepTheAuditChainUnbroken() throws Exception {
        HelderClient client = new HelderClient(port);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            statuses.add(pool.submit(() -> client.say(client.startConversation("nl"), "Mijn BSN is 111222333, ik wil een klacht indienen").status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        pool.shutdown();

        nl.helder.server.audit.ChainVerification verification = audit.verify();
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.entries()).isGreaterThanOrEqualTo(32 * 4);
    }
}
