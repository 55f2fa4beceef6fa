package nl.helder.server.assistant;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code helder.llm.rewrite-queries}, the model first rewrites the question into a search query per language of
 * the knowledge base; the passages those find are what it answers from, citing them. A failed rewrite leaves the
 * question searched as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "helder.data-dir=target/it-data/${random.uuid}",
        "helder.llm.provider=openai",
        "helder.llm.model=gpt-test",
        "helder.llm.api-key=sk-test-rewrite-0123456789",
        "helder.llm.timeout=4s",
        "helder.llm.region=eu",
        "helder.llm.rewrite-queries=true",
        "helder.llm.breaker.window=100",
        "helder.llm.breaker.failure-rate=100",
        "helder.conversation.starts-per-minute-per-client=1000"})
class LlmQueryRewritingIT extends LlmStubIT {

    /** A scratch on the table top: worded unlike the article about damaged deliveries. */
    private static final String QUESTION = "er zit een grote kras in het blad";
    private static final String REWRITE = "nl: beschadigd geleverd melden\nen: damaged delivery report";

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeProperties knowledgeProperties;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** The rewriting call gets {@code rewrite}, the answering call {@code answer}. */
    private static void stub(ResponseDefinitionBuilder rewrite, ResponseDefinitionBuilder answer) {
        STUB.server.resetAll();
        STUB.server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(1)
                .withRequestBody(containing("search queries")).willReturn(rewrite));
        STUB.server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).atPriority(5).willReturn(answer));
    }

    private static String firstSentence(String passage) {
        int end = passage.indexOf(". ");
        return end < 0 ? passage : passage.substring(0, end + 1);
    }

    private record Turn(JsonNode reply, UUID conversationId) {
    }

    private Turn ask(String text) {
        JsonNode conversation = client.startConversation("nl");
        JsonNode turn = client.say(conversation, text).json();
        return new Turn(turn.get("messages").get(1), UUID.fromString(conversation.get("id").asString()));
    }

    private static List<LoggedRequest> requests() {
        return STUB.server.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")));
    }

    @Test
    void theRewrittenQueriesFindTheArticleTheCustomersWordsDoNot() {
        assertThat(knowledge.topMatches(QUESTION, "nl", 4)).as("the question as written finds nothing to answer from")
                .allMatch(match -> match.confidence() < knowledgeProperties.minConfidence());
        KnowledgeMatch damaged = knowledge.topMatches("beschadigd geleverd melden", "nl", 1).get(0);
        stub(OpenAiStub.completion(REWRITE), OpenAiStub.completion(firstSentence(damaged.passage()) + " [1]"));

        Turn turn = ask(QUESTION);
        JsonNode reply = turn.reply();

        assertThat(reply.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("text").asString()).isEqualTo(firstSentence(damaged.passage()));
        assertThat(reply.get("sources").get(0).get("url").asString()).isEqualTo(damaged.article().url());
        List<LoggedRequest> requests = requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).getBodyAsString()).contains("search queries").contains(QUESTION).contains("Dutch (nl)").contains("English (en)");
        assertThat(requests.get(1).getBodyAsString()).contains("[1] " + damaged.article().title());
        assertThat(jdbc.sql("SELECT input_tokens || '/' || output_tokens FROM llm_usage WHERE conversation_id = :id")
                .param("id", turn.conversationId()).query(String.class).single())
                .as("both calls counted in the turn's one usage row").isEqualTo("824/76");
    }

    /**
     * The customer's earlier messages reach the rewrite in their order and as stored (read newest first along the
     * message index, see {@code ConversationRepository}), a colon in them included.
     */
    @Test
    void theCustomersEarlierMessagesReachTheRewriteInOrder() {
        KnowledgeMatch delivery = knowledge.topMatches("Hoe lang duurt de bezorging?", "nl", 1).get(0);
        stub(OpenAiStub.completion(REWRITE), OpenAiStub.completion(firstSentence(delivery.passage()) + " [1]"));
        JsonNode conversation = client.startConversation("nl");
        for (String text : List.of("Ik heb vorige week een tafel besteld: eiken, met twee banken", "Hoe lang duurt de bezorging?",
                "En die van de banken?")) {
            assertThat(client.say(conversation, text).status()).isEqualTo(200);
        }
        List<String> rewrites = requests().stream().map(LoggedRequest::getBodyAsString).filter(body -> body.contains("search queries")).toList();
        assertThat(rewrites).hasSize(3);
        assertThat(rewrites.get(0)).doesNotContain("Earlier messages");
        assertThat(rewrites.get(2)).contains("Earlier messages of the customer:\\n- Ik heb vorige week een tafel besteld: eiken, met twee banken"
                + "\\n- Hoe lang duurt de bezorging?\\n\\nCustomer's message: En die van de banken?");
    }

    @Test
    void aFailedRewriteLeavesTheQuestionSearchedAsWritten() {
        double failedBefore = failedRewrites();
        KnowledgeMatch delivery = knowledge.topMatches("Hoe lang duurt de bezorging?", "nl", 1).get(0);
        stub(OpenAiStub.error(500), OpenAiStub.completion(firstSentence(delivery.passage()) + " [1]"));

        JsonNode reply = ask("Hoe lang duurt de bezorging?").reply();

        assertThat(reply.get("kind").asString()).isEqualTo("ANSWER");
        assertThat(reply.get("sources").get(0).get("url").asString()).isEqualTo(delivery.article().url());
        assertThat(failedRewrites()).as(metrics.find("helder.llm.rewrites").counters().stream()
                .map(c -> c.getId().getTag("outcome") + "=" + c.count()).toList().toString()).isEqualTo(failedBefore + 1);
    }

    /** Rewrites that gave no queries because the call failed (any reason but no time left). */
    private double failedRewrites() {
        return metrics.find("helder.llm.rewrites").counters().stream()
                .filter(c -> !List.of("used", "unusable", "no_time").contains(c.getId().getTag("outcome")))
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void theModelRewritesOnlyRedactedText() {
        stub(OpenAiStub.completion(REWRITE), OpenAiStub.completion("NO_ANSWER"));

        ask("er zit een grote kras in het blad, mijn iban is NL91ABNA0417164300");

        assertThat(requests()).isNotEmpty().allSatisfy(request -> assertThat(request.getBodyAsString()).doesNotContain("0417164300"));
        assertThat(requests().get(0).getBodyAsString()).contains("search queries").contains("kras");
    }
}
