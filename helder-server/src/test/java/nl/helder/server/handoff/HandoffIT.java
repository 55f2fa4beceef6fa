package nl.helder.server.handoff;

import nl.helder.server.DatabaseSearch;
import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.helder.server.HelderClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person is always reachable: by the button, by asking in words, automatically on complaints, high-risk
 * matters, frustration and repeated failure; with nobody available (no agent's console is connected) the
 * customer leaves a message, gets a reference number, and the team an e-mail. Never a dead end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.bootstrap-admin.username=handoff-admin",
        "helder.bootstrap-admin.password=handoff-admin-password",
        "helder.handoff.notify-to=team@vlinderwonen.example",
        "helder.handoff.notify-from=helder@vlinderwonen.example",
        "spring.mail.host=127.0.0.1"})
class HandoffIT extends ApplicationIT {

    /** A real SMTP server, in-process, on a free port. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static final String ADMIN = basic("handoff-admin", "handoff-admin-password");

    private JsonNode say(JsonNode conversation, String text) {
        HelderClient.Response response = client.say(conversation, text);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> kinds(JsonNode turn) {
        return turn.get("messages").valueStream().map(m -> m.get("kind").asString()).toList();
    }

    private List<String> audit(JsonNode conversation, String type) {
        return jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = :type ORDER BY occurred_at")
                .param("id", UUID.fromString(conversation.get("id").asString())).param("type", type).query(String.class).list();
    }

    @Test
    void theButtonHandsOverAndOffersToLeaveAMessageWhenNobodyIsAvailable() {
        JsonNode conversation = client.startConversation("nl");

        JsonNode turn = client.post("/api/v1/conversations/" + conversation.get("id").asString() + "/handoff", null,
                "Authorization", "Bearer " + conversation.get("token").asString()).json();

        assertThat(turn.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(kinds(turn)).as(turn.toString()).containsExactly("HANDOFF");
        assertThat(turn.get("messages").get(0).get("text").asString()).startsWith("Er is op dit moment geen medewerker beschikbaar.");
        assertThat(turn.get("fallback").asString()).isEqualTo("TICKET");
        assertThat(audit(conversation, "HANDOFF_REQUESTED")).containsExactly("{\"agentsAvailable\":false,\"reason\":\"CUSTOMER_BUTTON\"}");
    }

    @Test
    void askingInWordsComplainingAndHighRiskMattersHandOver() {
        Map<String, String> reasons = Map.of(
                "mag ik een mens", "HUMAN_REQUEST",
                "de bezorger was onbeschoft tegen mij", "COMPLAINT",
                "Kan ik een betalingsregeling krijgen?", "HIGH_RISK_TOPIC",
                "WAAROM IS MIJN PAKKET NOG NIET BEZORGD", "FRUSTRATION");
        reasons.forEach((text, reason) -> {
            JsonNode conversation = client.startConversation("nl");
            JsonNode turn = say(conversation, text);

            // A complaint or a high-risk matter also gets the approved article's information when one answers it;
            // the other reasons go to a person without an answer.
            if (reason.equals("COMPLAINT") || reason.equals("HIGH_RISK_TOPIC")) {
                assertThat(kinds(turn)).as(text).isIn(List.of("TEXT", "HANDOFF"), List.of("TEXT", "ANSWER", "HANDOFF"));
            } else {
                assertThat(kinds(turn)).as(text).containsExactly("TEXT", "HANDOFF");
            }
            assertThat(turn.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
            assertThat(audit(conversation, "HANDOFF_REQUESTED")).singleElement().asString().contains("\"reason\":\"" + reason + "\"");
        });
        JsonNode credit = say(client.startConversation("nl"), "Kan ik een betalingsregeling krijgen?");
        JsonNode handoff = credit.get("messages").get(credit.get("messages").size() - 1);
        assertThat(handoff.get("kind").asString()).isEqualTo("HANDOFF");
        assertThat(handoff.get("text").asString()).startsWith("Hierover mag ik geen beslissing nemen;");
    }

    @Test
    void twoUnansweredQuestionsInARowHandOver() {
        JsonNode conversation = client.startConversation("en");

        assertThat(kinds(say(conversation, "What is the capital of Australia?"))).containsExactly("TEXT", "NO_ANSWER");
        JsonNode second = say(conversation, "Who won the champions league?");

        assertThat(kinds(second)).containsExactly("TEXT", "HANDOFF");
        assertThat(audit(conversation, "HANDOFF_REQUESTED")).singleElement().asString().contains("REPEATED_NO_ANSWER");
        assertThat(kinds(say(conversation, "hello?"))).as("a person answers from now on").containsExactly("TEXT");
    }

    @Test
    void theCustomerLeavesAMessageAndGetsAReferenceNumber() throws Exception {
        JsonNode conversation = client.startConversation("nl");
        String path = "/api/v1/conversations/" + conversation.get("id").asString();
        String auth = "Bearer " + conversation.get("token").asString();
        client.post(path + "/handoff", null, "Authorization", auth);

        HelderClient.Response invalid = client.post(path + "/ticket",
                HelderClient.json(Map.of("contact", "not an address", "text", "Bel me")), "Authorization", auth);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("type").asString()).endsWith("/invalid-contact");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single()).isZero();

        JsonNode receipt = client.post(path + "/ticket", HelderClient.json(Map.of("contact", "klant.terug@example.nl",
                "text", "Mijn bank is kapot, mijn BSN is 111222333")), "Authorization", auth).json();

        assertThat(receipt.get("reference").asString()).matches("HLD-[2-9A-Z]{6}");
        assertThat(receipt.get("messages").get(0).get("text").asString()).isEqualTo("Mijn bank is kapot, mijn BSN is [BSN]");
        assertThat(receipt.get("messages").get(1).get("text").asString()).contains(receipt.get("reference").asString());
        JsonNode tickets = client.get("/api/v1/admin/tickets", "Authorization", ADMIN).json();
        assertThat(tickets.toString()).contains(receipt.get("reference").asString(), "klant.terug@example.nl", "[BSN]")
                .doesNotContain("111222333");
        assertThat(audit(conversation, "TICKET_OPENED").get(0)).contains(receipt.get("reference").asString())
                .doesNotContain("klant.terug");
        HelderClient.Response again = client.post(path + "/ticket", HelderClient.json(Map.of("contact", "klant.terug@example.nl",
                "text", "Nog een keer")), "Authorization", auth);
        assertThat(again.status()).as("one message per conversation").isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single()).isEqualTo(1);
        assertThat(client.get(path, "Authorization", auth).json().has("fallback")).as("no second offer").isFalse();

        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).as("the team is told by e-mail").isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("team@vlinderwonen.example");
        assertThat(mail.getSubject()).contains(receipt.get("reference").asString(), "CUSTOMER_BUTTON");
        assertThat(GreenMailUtil.getBody(mail)).contains("Mijn bank is kapot, mijn BSN is [BSN]")
                .doesNotContain("111222333").doesNotContain("klant.terug@example.nl");

        assertThat(client.delete("/api/v1/admin/privacy/conversations/" + conversation.get("id").asString(),
                "Authorization", ADMIN).status()).isEqualTo(204);
        assertThat(DatabaseSearch.rowsContaining(jdbc, "klant.terug@example.nl")).isZero();
    }
}
