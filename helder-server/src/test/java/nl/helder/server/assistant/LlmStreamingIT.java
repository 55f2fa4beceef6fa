package nl.helder.server.assistant;

import nl.helder.server.LiveEvents;
import nl.helder.server.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming: the customer's live stream shows the answer sentence by sentence while the model writes it, each
 * sentence checked before it is shown; a sentence that fails the guard is never shown, stops the stream, and
 * the final message is the retrieval answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.llm.provider=openai",
        "helder.llm.model=gpt-test",
        "helder.llm.streaming=true",
        "helder.llm.timeout=4s",
        "helder.conversation.starts-per-minute-per-client=1000"})
class LlmStreamingIT extends LlmStubIT {

    private static final String QUESTION = "Hoe lang duurt de bezorging?";

    @Autowired
    KnowledgeBase knowledge;

    /** The first two sentences of the passage the model gets as [1]. */
    private String[] sentences() {
        String passage = knowledge.topMatches(QUESTION, "nl", 4).get(0).passage();
        String[] parts = passage.split("(?<=\\.) ");
        return new String[] {parts[0], parts[1]};
    }

    private List<LiveEvents.Event> askWhileListening() {
        JsonNode conversation = client.startConversation("nl");
        String path = "/api/v1/conversations/" + conversation.get("id").asString() + "/events";
        try (LiveEvents live = LiveEvents.open(port, path, "Authorization", "Bearer " + conversation.get("token").asString())) {
            client.say(conversation, QUESTION);
            return live.drain(Duration.ofSeconds(1));
        }
    }

    private static List<String> drafts(List<LiveEvents.Event> events) {
        return events.stream().filter(e -> e.name().equals("draft")).map(e -> e.data().get("text").asString()).toList();
    }

    private static JsonNode finalAnswer(List<LiveEvents.Event> events) {
        return events.stream().filter(e -> e.name().equals("message") && e.data().get("role").asString().equals("ASSISTANT"))
                .map(LiveEvents.Event::data).reduce((first, last) -> last).orElseThrow();
    }

    @Test
    void showsCheckedSentencesAsTheyAreWrittenThenTheFinalAnswer() {
        String[] sentences = sentences();
        STUB.answer(OpenAiStub.streamed(600, sentences[0].substring(0, 10), sentences[0].substring(10) + " [1] ", sentences[1] + " [1]"));

        List<LiveEvents.Event> events = askWhileListening();

        assertThat(drafts(events)).containsExactly(sentences[0], sentences[0] + " " + sentences[1]);
        int lastDraft = events.indexOf(events.stream().filter(e -> e.name().equals("draft")).reduce((a, b) -> b).orElseThrow());
        int answer = events.indexOf(events.stream().filter(e -> e.name().equals("message") && e.data().get("kind").asString().equals("ANSWER"))
                .findFirst().orElseThrow());
        assertThat(lastDraft).as("drafts come before the final message").isLessThan(answer);
        assertThat(finalAnswer(events).get("text").asString()).isEqualTo(sentences[0] + " " + sentences[1]);
    }

    @Test
    void aSentenceThatFailsTheGuardIsNeverShownAndTheRetrievalAnswerFollows() {
        String[] sentences = sentences();
        STUB.answer(OpenAiStub.streamed(600, sentences[0] + " [1] ", "Alleen vandaag! Bestel nu, anders krijg je er spijt van. [1] ",
                sentences[1] + " [1]"));

        List<LiveEvents.Event> events = askWhileListening();

        assertThat(drafts(events)).containsExactly(sentences[0]);
        assertThat(events.toString()).doesNotContain("Alleen vandaag").doesNotContain("spijt");
        assertThat(jdbc.sql("SELECT fallback_reason FROM llm_usage ORDER BY created_at DESC").query(String.class).list().get(0)).isEqualTo("GUARD");
    }
}
