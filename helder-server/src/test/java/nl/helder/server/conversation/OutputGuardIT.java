package nl.helder.server.conversation;

import nl.helder.server.ApplicationIT;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.Source;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever assistant writes the answer, the output guard sees it before the customer does: a manipulative
 * answer, or one with a price its source does not state, is withheld, the customer is offered a person, and the
 * audit trail records why (never the text).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "helder.data-dir=target/it-data/${random.uuid}")
class OutputGuardIT extends ApplicationIT {

    private static final String PASSAGE = "De bank Lente kost € 1.299 en wordt binnen twee weken bezorgd.";

    /** An assistant that misbehaves on cue, standing in for a model that does. */
    @TestConfiguration
    static class MisbehavingAssistant {
        @Bean
        @Primary
        Assistant misbehaving() {
            return new Assistant() {
                @Override
                public Answer answer(nl.helder.server.assistant.Question question) {
                    String text = question.text().contains("prijs") ? "De bank Lente kost € 999 en wordt binnen twee weken bezorgd."
                            : question.text().contains("twijfel") ? "Alleen vandaag! Bestel nu, anders krijg je er spijt van."
                            : PASSAGE;
                    return new Answer(Answer.Kind.ANSWER, text, List.of(new Source("Bank Lente", "https://www.vlinderwonen.example/lente")),
                            0.9, List.of(PASSAGE));
                }

                @Override
                public Answer answerFrom(nl.helder.server.assistant.Question question, Source chosen) {
                    return answer(question);
                }
            };
        }
    }

    private JsonNode reply(String question) {
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, question).json();
        turn.withObject("/meta").put("id", conversation.get("id").asString());
        return turn;
    }

    /** The assistant's reply: the turn's last message (a privacy notice may stand between it and the question). */
    private static JsonNode reply(JsonNode turn) {
        JsonNode messages = turn.get("messages");
        return messages.get(messages.size() - 1);
    }

    private List<String> audit(JsonNode turn) {
        return jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = 'ANSWER_WITHHELD'")
                .param("id", UUID.fromString(turn.get("meta").get("id").asString())).query(String.class).list();
    }

    @Test
    void aFaithfulAnswerIsShownWithItsSource() {
        JsonNode turn = reply("Hoe lang duurt de bezorging van de bank Lente?");
        assertThat(reply(turn).get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply(turn).get("text").asString()).isEqualTo(PASSAGE);
        assertThat(audit(turn)).isEmpty();
    }

    @Test
    void manipulationAndInventedPricesNeverReachTheCustomer() {
        JsonNode pushy = reply("Ik twijfel of ik de bank moet kopen");
        assertThat(reply(pushy).get("kind").asString()).isEqualTo("NO_ANSWER");
        assertThat(pushy.toString()).doesNotContain("Alleen vandaag").doesNotContain("spijt");
        assertThat(audit(pushy)).as("pushy, and not from the source either").containsExactly("{\"checks\":[\"MANIPULATION\",\"UNGROUNDED\"]}");

        JsonNode price = reply("Wat is de prijs van de bank Lente?");
        assertThat(reply(price).get("kind").asString()).isEqualTo("NO_ANSWER");
        // The texts only: a timestamp such as 12:32:55.414999391 contains "999" too.
        StringBuilder texts = new StringBuilder();
        price.get("messages").forEach(message -> texts.append(message.get("text").asString()).append('\n'));
        assertThat(texts.toString()).doesNotContain("999");
        assertThat(audit(price)).containsExactly("{\"checks\":[\"UNGROUNDED\"]}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM message WHERE text LIKE '%999%'").query(Long.class).single()).as("not stored either").isZero();
    }
}
