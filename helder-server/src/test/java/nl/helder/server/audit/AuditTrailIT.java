package nl.helder.server.audit;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail is a hash chain: any single changed, deleted, inserted or reordered row in the database is
 * found by the verify API, and an exported trail can be checked without Helder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=auditor",
        "helder.bootstrap-admin.password=auditor-password-1",
        "helder.conversation.starts-per-minute-per-client=1000"})
class AuditTrailIT extends ApplicationIT {

    private static final String ADMIN = basic("auditor", "auditor-password-1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void someHistory() {
        if (count() >= 12) {
            return;
        }
        for (int i = 0; i < 4; i++) {
            JsonNode conversation = client.startConversation("nl");
            client.say(conversation, "Mijn IBAN is NL91ABNA0417164300 en ik wil een mens spreken");
        }
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    }

    private JsonNode verify() {
        HelderClient.Response response = client.get("/api/v1/admin/audit/verify", "Authorization", ADMIN);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private void assertIntact() {
        JsonNode result = verify();
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("entries").asLong()).isEqualTo(count());
        assertThat(result.get("firstBrokenEntry").isNull()).isTrue();
    }

    private JsonNode assertBrokenAt(long seq) {
        JsonNode result = verify();
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("firstBrokenEntry").asLong()).as(result.toString()).isEqualTo(seq);
        return result;
    }

    private Map<String, Object> row(long seq) {
        return jdbc.sql("SELECT * FROM audit_event WHERE seq = :seq").param("seq", seq).query().singleRow();
    }

    @Test
    void anUntouchedTrailVerifies() {
        assertIntact();
        assertThat(verify().get("entries").asLong()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aChangedDetailOrActorIsFound() {
        long seq = 5;
        String details = (String) row(seq).get("DETAILS");
        jdbc.sql("UPDATE audit_event SET details = :d WHERE seq = :seq").param("d", details.replace("}", ",\"x\":1}")).param("seq", seq).update();
        assertThat(assertBrokenAt(seq).get("problem").asString()).contains("changed");
        jdbc.sql("UPDATE audit_event SET details = :d WHERE seq = :seq").param("d", details).param("seq", seq).update();
        assertIntact();

        String actor = (String) row(3).get("ACTOR");
        jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 3").update();
        assertBrokenAt(3);
        jdbc.sql("UPDATE audit_event SET actor = :a WHERE seq = 3").param("a", actor).update();
        assertIntact();

        Object at = row(4).get("OCCURRED_AT");
        jdbc.sql("UPDATE audit_event SET occurred_at = occurred_at + INTERVAL '1' SECOND WHERE seq = 4").update();
        assertBrokenAt(4);
        jdbc.sql("UPDATE audit_event SET occurred_at = :at WHERE seq = 4").param("at", at).update();
        assertIntact();
    }

    @Test
    void aDeletedRowIsFoundWhereverItWas() {
        for (long seq : new long[] {1, 6}) {
            Map<String, Object> deleted = row(seq);
            jdbc.sql("DELETE FROM audit_event WHERE seq = :seq").param("seq", seq).update();
            assertThat(assertBrokenAt(seq).get("problem").asString()).contains("missing");
            reinsert(deleted);
            assertIntact();
        }
        long newest = jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single();
        Map<String, Object> last = row(newest);
        jdbc.sql("DELETE FROM audit_event WHERE seq = :seq").param("seq", newest).update();
        assertThat(assertBrokenAt(newest).get("problem").asString()).contains("head");
        reinsert(last);
        assertIntact();
    }

    @Test
    void swappedRowsAreFound() {
        jdbc.sql("UPDATE audit_event SET seq = -7 WHERE seq = 7").update();
        jdbc.sql("UPDATE audit_event SET seq = 7 WHERE seq = 8").update();
        jdbc.sql("UPDATE audit_event SET seq = 8 WHERE seq = -7").update();
        assertThat(assertBrokenAt(7).get("problem").asString()).contains("does not follow");
        jdbc.sql("UPDATE audit_event SET seq = -7 WHERE seq = 7").update();
        jdbc.sql("UPDATE audit_event SET seq = 7 WHERE seq = 8").update();
        jdbc.sql("UPDATE audit_event SET seq = 8 WHERE seq = -7").update();
        assertIntact();
    }

    @Test
    void aRowSlippedInIsFound() {
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, details)
                VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP, 'HANDOFF_REQUESTED', 'system', '{}')""").update();
        JsonNode result = verify();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problem").asString()).contains("outside the chain");
        jdbc.sql("DELETE FROM audit_event WHERE seq IS NULL").update();
        assertIntact();
    }

    @Test
    void aRowDressedAsStagedByThisNodeIsNeverChained() {
        String node = jdbc.sql("SELECT staged_by FROM audit_event WHERE staged_by IS NOT NULL FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single();
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, details, staged_by, staged_seal)
                VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP - INTERVAL '2' MINUTE, 'HANDOFF_REQUESTED', 'system', '{}', :node, :seal)""")
                .param("node", node).param("seal", "0".repeat(64)).update();
        JsonNode result = verify();
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("problem").asString()).contains("outside the chain");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq IS NULL").query(Long.class).single())
                .as("the forged seal kept it out of the chain").isEqualTo(1L);
        jdbc.sql("DELETE FROM audit_event WHERE seq IS NULL").update();
        assertIntact();
    }

    @Test
    void concurrentTurnsStillFormOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> client.say(client.startConversation("en"), "My phone is 06 12345678, I want a human")));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        assertIntact();
    }

    @Test
    void theExportCanBeCheckedWithoutHelder() throws Exception {
        JsonNode export = client.get("/api/v1/admin/audit?after=0&limit=10000", "Authorization", ADMIN).json();
        String previous = "0".repeat(64);
        long seq = 0;
        for (JsonNode entry : export) {
            seq++;
            assertThat(entry.get("seq").asLong()).isEqualTo(seq);
            assertThat(entry.get("previousHash").asString()).isEqualTo(previous);
            // The recipe documented in the README: SHA-256 over a JSON array of the fields.
            String canonical = JSON.writeValueAsString(Arrays.asList("helder-audit-v1", seq, previous, entry.get("id").asString(),
                    entry.get("occurredAt").asString(), entry.get("type").asString(), entry.get("actor").asString(),
                    entry.get("conversationId").isNull() ? null : entry.get("conversationId").asString(), entry.get("details").asString()));
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
            assertThat(entry.get("hash").asString()).isEqualTo(hash);
            previous = hash;
        }
        assertThat(seq).isEqualTo(count());
        assertThat(client.get("/api/v1/admin/audit?limit=0", "Authorization", ADMIN).status()).isEqualTo(400);
        assertThat(client.get("/api/v1/admin/audit/verify").status()).isEqualTo(401);
    }

    /**
     * A cut tail leaves a chain that is whole in itself; only the checkpoint written outside the database (here
     * by an export) shows that entries it once held are gone, as after restoring an older copy of the database.
     */
    @Test
    void aCutTailOrAnOlderCopyIsFoundThroughTheCheckpoint() {
        client.get("/api/v1/admin/audit?after=0&limit=1", "Authorization", ADMIN); // an export writes a checkpoint
        JsonNode checkpoints = client.get("/api/v1/admin/audit/checkpoints", "Authorization", ADMIN).json();
        long anchored = checkpoints.get(checkpoints.size() - 1).get("position").asLong();
        assertThat(anchored).isEqualTo(jdbc.sql("SELECT MAX(seq) FROM audit_event").query(Long.class).single());
        assertThat(verify().get("checkpointPosition").asLong()).isEqualTo(anchored);

        long keep = anchored - 3;
        List<Map<String, Object>> tail = jdbc.sql("SELECT * FROM audit_event WHERE seq > :keep ORDER BY seq")
                .param("keep", keep).query().listOfRows();
        Map<String, Object> head = jdbc.sql("SELECT seq, entry_hash FROM audit_head WHERE id = 1").query().singleRow();
        jdbc.sql("DELETE FROM audit_event WHERE seq > :keep").param("keep", keep).update();
        jdbc.sql("UPDATE audit_head SET seq = :seq, entry_hash = (SELECT entry_hash FROM audit_event WHERE seq = :seq) WHERE id = 1")
                .param("seq", keep).update();
        try {
            JsonNode result = assertBrokenAt(keep + 1);
            assertThat(result.get("problem").asString()).contains("missing").contains("checkpoint");
        } finally {
            tail.forEach(this::reinsert);
            jdbc.sql("UPDATE audit_head SET seq = :seq, entry_hash = :hash WHERE id = 1")
                    .param("seq", head.get("SEQ")).param("hash", head.get("ENTRY_HASH")).update();
        }
        assertIntact();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, event_type, actor, conversation_id, details, seq, prev_hash, entry_hash)
                VALUES (:id, :at, :type, :actor, :conversation, :details, :seq, :prev, :hash)""")
                .param("id", row.get("ID")).param("at", row.get("OCCURRED_AT")).param("type", row.get("EVENT_TYPE"))
                .param("actor", row.get("ACTOR")).param("conversation", row.get("CONVERSATION_ID")).param("details", row.get("DETAILS"))
                .param("seq", row.get("SEQ")).param("prev", row.get("PREV_HASH")).param("hash", row.get("ENTRY_HASH"))
                .update();
    }
}
