package nl.helder.server.privacy;

import nl.helder.server.DatabaseSearch;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data in real turns: redacted before it is stored, logged or answered from, explained once per
 * type, audited without values, exported and erased on request, and erased by retention. Logging runs at
 * DEBUG for the web layer and TRACE for JDBC parameters, so a leak anywhere on the way would show.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=privacy-admin",
        "helder.bootstrap-admin.password=privacy-admin-password",
        "helder.privacy.redaction.IBAN=partial",
        "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.jdbc.core=TRACE"})
class PrivacyIT extends ApplicationIT {

    private static final String ADMIN = basic("privacy-admin", "privacy-admin-password");
    private static final String BSN = "111222333";
    private static final String IBAN = "NL91ABNA0417164300";
    private static final String EMAIL = "sanne.devries@example.nl";

    private List<JsonNode> said(JsonNode conversation, String text) {
        HelderClient.Response response = client.say(conversation, text);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("messages").valueStream().toList();
    }

    @Test
    void personalDataIsRedactedExplainedOnceAndAuditedWithoutItsValue(CapturedOutput output) {
        JsonNode conversation = client.startConversation("nl");

        List<JsonNode> first = said(conversation, "Mijn BSN is " + BSN + " en stort terug op " + IBAN + " aub, mail " + EMAIL);

        assertThat(first.get(0).get("text").asString())
                .isEqualTo("Mijn BSN is [BSN] en stort terug op NL************4300 aub, mail [EMAIL]")
                .doesNotContain(BSN, "0417164300", EMAIL);
        assertThat(first).extracting(m -> m.get("kind").asString()).containsExactly("TEXT", "NOTICE", "NOTICE", "NOTICE", "NO_ANSWER");
        assertThat(first.get(1).get("text").asString()).isEqualTo("Je hoeft hier geen BSN te delen; we hebben het onleesbaar gemaakt.");

        List<JsonNode> second = said(conversation, "Nogmaals, mijn bsn is " + BSN);
        assertThat(second).extracting(m -> m.get("kind").asString()).doesNotContain("NOTICE");

        UUID id = UUID.fromString(conversation.get("id").asString());
        List<String> details = jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = 'PERSONAL_DATA_REDACTED'")
                .param("id", id).query(String.class).list();
        assertThat(details).hasSize(2);
        assertThat(details.get(0)).contains("\"BSN\":1", "\"IBAN\":1", "\"EMAIL\":1").doesNotContain(BSN, IBAN, EMAIL);

        assertThat(output.getAll()).contains("Setting SQL statement parameter value")
                .doesNotContain(BSN, IBAN, "0417 1643", EMAIL);
    }

    @Test
    void conversationSignalsAreAuditedAndCounted() {
        JsonNode conversation = client.startConversation("nl");
        said(conversation, "JE BEGRIJPT ME NIET, ik wil een medewerker spreken");

        List<String> details = jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = 'SIGNALS_DETECTED'")
                .param("id", UUID.fromString(conversation.get("id").asString())).query(String.class).list();
        assertThat(details).containsExactly("{\"signals\":[\"FRUSTRATION\",\"HUMAN_REQUEST\"]}");
        assertThat(client.get("/actuator/prometheus", "Authorization", HelderClient.basic("privacy-admin", "privacy-admin-password")).body())
                .contains("helder_signals_total{signal=\"HUMAN_REQUEST\"}");
    }

    @Test
    void anAdministratorExportsAndErasesAConversationLeavingNoTraceOfItsText() {
        JsonNode conversation = client.startConversation("en");
        String marker = "Zeldzaamwoordxq";
        said(conversation, "My name is Sanne and my question mentions " + marker + ", call me on 06-12345678");
        String id = conversation.get("id").asString();

        JsonNode export = client.get("/api/v1/admin/privacy/conversations/" + id, "Authorization", ADMIN).json();
        assertThat(export.get("conversation").get("messages").toString()).contains(marker).doesNotContain("06-12345678");
        assertThat(export.get("conversation").get("privacyNoticesShown").valueStream().map(JsonNode::asString).toList())
                .containsExactly("PERSON_NAME", "PHONE");
        assertThat(export.get("audit").valueStream().map(e -> e.get("type").asString()).toList())
                .contains("DISCLOSURE_SENT", "PERSONAL_DATA_REDACTED");
        assertThat(rowsContaining(marker)).isPositive();

        assertThat(client.delete("/api/v1/admin/privacy/conversations/" + id, "Authorization", ADMIN).status()).isEqualTo(204);

        assertThat(rowsContaining(marker)).isZero();
        JsonNode after = client.get("/api/v1/admin/privacy/conversations/" + id, "Authorization", ADMIN).json();
        assertThat(after.get("conversation").get("messages").size()).isZero();
        assertThat(after.get("conversation").get("erasedAt").asString()).isNotBlank();
        assertThat(after.get("conversation").get("disclosure").get("message").asString()).startsWith("You are now chatting");
        JsonNode erased = after.get("audit").valueStream().filter(e -> e.get("type").asString().equals("CONVERSATION_ERASED"))
                .findFirst().orElseThrow();
        assertThat(erased.get("actor").asString()).isEqualTo("privacy-admin");
        assertThat(client.say(conversation, "still there?").status()).isEqualTo(409);
        assertThat(client.delete("/api/v1/admin/privacy/conversations/" + UUID.randomUUID(), "Authorization", ADMIN).status())
                .isEqualTo(404);
    }

    @Test
    void retentionErasesConversationsInactiveForTooLong() {
        JsonNode old = client.startConversation("nl");
        JsonNode recent = client.startConversation("nl");
        said(old, "Oud bericht over retourneren");
        said(recent, "Nieuw bericht over retourneren");
        jdbc.sql("UPDATE conversation SET updated_at = DATEADD('DAY', -91, CURRENT_TIMESTAMP) WHERE id = :id")
                .param("id", UUID.fromString(old.get("id").asString())).update();

        JsonNode result = client.post("/api/v1/admin/privacy/retention/run", null, "Authorization", ADMIN).json();

        assertThat(result.get("erased").asInt()).isPositive();
        assertThat(messageCount(old)).isZero();
        assertThat(messageCount(recent)).isEqualTo(3);
    }

    @Test
    void theCustomerCanReadAPrivacyStatementInItsLanguage() {
        JsonNode nl = client.get("/api/v1/privacy-statement?locale=nl").json();
        assertThat(nl.get("title").asString()).isEqualTo("Wat deze chat met je gegevens doet");
        assertThat(nl.toString()).contains("90 dagen", "BSN", "niet naar een externe aanbieder");

        HelderClient.Response page = client.get("/privacy?locale=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>How this chat handles your data</h1>", "90 days");
        assertThat(client.get("/api/v1/widget/config?locale=nl").json().get("texts").get("privacy").asString())
                .isEqualTo("Wat we met je gegevens doen");
    }

    private long messageCount(JsonNode conversation) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = :id")
                .param("id", UUID.fromString(conversation.get("id").asString())).query(Long.class).single();
    }

    private long rowsContaining(String text) {
        return DatabaseSearch.rowsContaining(jdbc, text);
    }
}
