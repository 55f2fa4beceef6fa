package nl.helder.server.conversation;

import nl.helder.server.ApplicationIT;
import nl.helder.server.HelderClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes between an answer and "I don't know": articles to choose from when the assistant is unsure (the
 * pick answers from that article and is audited), and, for a sensitive matter, the approved information in the
 * same turn as the hand-off to a person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.conversation.starts-per-minute-per-client=1000"})
class TurnOutcomesIT extends ApplicationIT {

    private static List<String> kinds(JsonNode turn) {
        List<String> kinds = new ArrayList<>();
        turn.get("messages").forEach(message -> kinds.add(message.get("kind").asString()));
        return kinds;
    }

    private static String bearer(JsonNode conversation) {
        return "Bearer " + conversation.get("token").asString();
    }

    @Test
    void unsureTheAssistantOffersArticlesAndAnswersFromThePickedOne() {
        JsonNode conversation = client.startConversation("nl");
        String id = conversation.get("id").asString();
        // Shares a word or two with several articles and covers none of them well.
        JsonNode turn = client.say(conversation, "de poot van mn stoel").json();
        assertThat(kinds(turn)).containsExactly("TEXT", "SUGGESTIONS");
        JsonNode suggestions = turn.get("messages").get(1);
        assertThat(suggestions.get("sources").size()).isBetween(1, 3);
        String picked = suggestions.get("sources").get(0).get("title").asString();

        HelderClient.Response chosen = client.post("/api/v1/conversations/" + id + "/messages/" + suggestions.get("id").asString()
                + "/choice", "{\"choice\":0}", "Authorization", bearer(conversation));
        assertThat(chosen.status()).isEqualTo(200);
        JsonNode answer = chosen.json().get("messages").get(0);
        assertThat(answer.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(answer.get("sources").get(0).get("title").asString()).isEqualTo(picked);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE conversation_id = :id AND event_type = 'SUGGESTION_CHOSEN'")
                .param("id", UUID.fromString(id)).query(String.class).single()).contains("\"position\":0").contains(picked);

        assertThat(client.post("/api/v1/conversations/" + id + "/messages/" + suggestions.get("id").asString() + "/choice",
                "{\"choice\":3}", "Authorization", bearer(conversation)).status()).isEqualTo(400);
        assertThat(client.post("/api/v1/conversations/" + id + "/messages/" + answer.get("id").asString() + "/choice",
                "{\"choice\":0}", "Authorization", bearer(conversation)).status()).as("not a suggestions message").isEqualTo(404);
        JsonNode other = client.startConversation("nl");
        assertThat(client.post("/api/v1/conversations/" + id + "/messages/" + suggestions.get("id").asString() + "/choice",
                "{\"choice\":0}", "Authorization", bearer(other)).status()).as("another conversation's token").isEqualTo(404);
    }

    @Test
    void aComplaintGetsTheApprovedInformationAndAPersonInOneTurn() {
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, "Ik ben echt ontevreden over de service en wil een klacht indienen").json();

        assertThat(kinds(turn)).containsExactly("TEXT", "ANSWER", "HANDOFF");
        assertThat(turn.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
        assertThat(turn.get("messages").get(1).get("sources").get(0).get("title").asString()).isEqualTo("Een klacht indienen");
    }

    @Test
    void aPlainRequestForAPersonIsHandedOverWithoutAnAnswer() {
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, "ik wil een medewerker spreken").json();

        assertThat(kinds(turn)).containsExactly("TEXT", "HANDOFF");
    }

    @Test
    void unansweredTwiceInARowIncludingSuggestionsHandsOver() {
        JsonNode conversation = client.startConversation("nl");
        assertThat(kinds(client.say(conversation, "de poot van mn stoel").json())).containsExactly("TEXT", "SUGGESTIONS");
        JsonNode second = client.say(conversation, "Wat is de hoofdstad van Mongolië?").json();

        assertThat(kinds(second)).containsExactly("TEXT", "HANDOFF");
        assertThat(second.get("state").asString()).isEqualTo("WAITING_FOR_AGENT");
    }
}
