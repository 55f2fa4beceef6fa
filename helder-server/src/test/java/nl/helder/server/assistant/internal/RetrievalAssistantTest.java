package nl.helder.server.assistant.internal;

import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Question;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalAssistantTest {

    private static final Article DUTCH = new Article("opzeggen", "Abonnement opzeggen", "https://t.example/opzeggen", "nl",
            List.of(), "Je zegt je abonnement op in Mijn Omgeving.");

    private final KnowledgeBase knowledge = new KnowledgeBase() {
        @Override
        public Optional<KnowledgeMatch> bestMatch(String question, String preferredLocale) {
            return Optional.of(new KnowledgeMatch(DUTCH, DUTCH.body(), 0.9));
        }

        @Override
        public List<KnowledgeMatch> topMatches(String question, String preferredLocale, int limit) {
            return bestMatch(question, preferredLocale).stream().toList();
        }

        @Override
        public List<Article> articles() {
            return List.of(DUTCH);
        }
    };

    private final RetrievalAssistant assistant = new RetrievalAssistant(knowledge,
            new KnowledgeProperties(0.5, 0.25, 700, null), messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void anAnswerFromAnArticleInAnotherLanguageSaysSoInTheCustomersLanguageBeforeTheQuote() {
        Answer english = assistant.answer(new Question("how do i cancel my subscription", "en"));
        Answer german = assistant.answer(new Question("wie kündige ich", "de"));

        assertThat(english.text()).isEqualTo("This article is only available in Dutch:\n\n" + DUTCH.body());
        assertThat(german.text()).startsWith("Dieser Artikel ist nur auf Niederländisch verfügbar:");
        assertThat(english.passages()).contains(DUTCH.body());
    }

    @Test
    void anAnswerInTheCustomersLanguageIsTheQuoteAlone() {
        assertThat(assistant.answer(new Question("hoe zeg ik op", "nl")).text()).isEqualTo(DUTCH.body());
    }
}
