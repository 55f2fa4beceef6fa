package nl.helder.server.assistant.internal;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import nl.helder.server.assistant.Question;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueryRewriteTest {

    private static final Set<String> NL_EN = new LinkedHashSet<>(List.of("nl", "en"));

    @Test
    void readsOneQueryPerLanguageOfTheKnowledgeBase() {
        List<QueryRewrite.Query> queries = QueryRewrite.parse("""
                nl: beschadigd geleverd melden
                - en: "damaged delivery report"
                nl: tweede poging
                de: beschädigte Lieferung
                """, NL_EN);

        assertThat(queries).containsExactly(new QueryRewrite.Query("nl", "beschadigd geleverd melden"),
                new QueryRewrite.Query("en", "damaged delivery report"));
    }

    @Test
    void dropsWhatIsNotAQueryAndQueriesWithPersonalData() {
        assertThat(QueryRewrite.parse("Sure! Here are the queries you asked for.\nnl: bel 06-12345678 terug\nen: " + "x".repeat(250), NL_EN)).isEmpty();
        assertThat(QueryRewrite.parse("NO_ANSWER", NL_EN)).isEmpty();
    }

    @Test
    void asksForTheKnowledgeBasesLanguagesWithTheRedactedQuestionAndEarlierCustomerMessages() {
        Question question = new Question("mijn IBAN is [IBAN], er zit een kras in het blad", "nl", null,
                List.of(new Question.Turn(true, "ik heb een tafel besteld"), new Question.Turn(false, "Waarmee kan ik helpen?")), Instant.now());

        List<ChatMessage> messages = QueryRewrite.messages(question, NL_EN);

        assertThat(((SystemMessage) messages.get(0)).text()).contains("Dutch (nl), English (en)").contains("nl: <query>\nen: <query>");
        String user = ((UserMessage) messages.get(1)).singleText();
        assertThat(user).contains("ik heb een tafel besteld").contains("er zit een kras in het blad")
                .doesNotContain("Waarmee kan ik helpen").doesNotContain("[IBAN]");
    }
}
