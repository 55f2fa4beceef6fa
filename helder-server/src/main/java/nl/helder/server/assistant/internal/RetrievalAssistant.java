package nl.helder.server.assistant.internal;

import nl.helder.guard.Redactor;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.Question;
import nl.helder.server.assistant.Source;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The default assistant: quotes the passage of the best-matching article, with the article as source. Below
 * {@code helder.knowledge.min-confidence} it offers the articles that reach {@code suggest-confidence} to choose
 * from, and otherwise says it does not know. It writes nothing of its own, so it cannot state anything the
 * knowledge base does not.
 */
@Service
class RetrievalAssistant implements Assistant {

    private final KnowledgeBase knowledge;
    private final KnowledgeProperties properties;
    private final MessageSource messages;

    RetrievalAssistant(KnowledgeBase knowledge, KnowledgeProperties properties, MessageSource messages) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.messages = messages;
    }

    /** How many articles a suggestion offers at most. */
    static final int SUGGESTIONS = 3;

    @Override
    public Answer answer(Question question) {
        KnowledgeBase knowledge = this.knowledge.within(question.scope());
        // Placeholders such as [IBAN] say what was removed, not what the question is about.
        String searchable = Redactor.withoutPlaceholders(question.text());
        Optional<KnowledgeMatch> match = knowledge.bestMatch(searchable, question.locale());
        if (match.isPresent() && match.get().confidence() >= properties.minConfidence()) {
            return quote(match.get(), question.locale());
        }
        double confidence = match.map(KnowledgeMatch::confidence).orElse(0.0);
        List<Source> offered = confidence < properties.suggestConfidence() ? List.of()
                : knowledge.topMatches(searchable, question.locale(), SUGGESTIONS).stream()
                .filter(candidate -> candidate.confidence() >= properties.suggestConfidence())
                .map(candidate -> source(candidate.article())).distinct().toList();
        Locale language = Locale.forLanguageTag(question.locale());
        if (!offered.isEmpty()) {
            return new Answer(Answer.Kind.SUGGESTIONS, messages.getMessage("assistant.suggestions", null, language), offered,
                    confidence, List.of());
        }
        return new Answer(Answer.Kind.NO_ANSWER, messages.getMessage("assistant.no-answer", null, language), List.of(),
                confidence, List.of());
    }

    /**
     * The chosen article's passage that fits the question best: it was among the top matches when it was offered,
     * so it is looked for among the question's matches first, and its opening passage is quoted otherwise.
     */
    @Override
    public Answer answerFrom(Question question, Source chosen) {
        KnowledgeBase knowledge = this.knowledge.within(question.scope());
        String searchable = Redactor.withoutPlaceholders(question.text());
        Optional<KnowledgeMatch> fitting = knowledge.topMatches(searchable, question.locale(), 10).stream()
                .filter(candidate -> chosen.url() != null && chosen.url().equals(candidate.article().url())
                        && chosen.title().equals(candidate.article().title()))
                .findFirst();
        if (fitting.isPresent()) {
            return quote(fitting.get(), question.locale());
        }
        Optional<KnowledgeMatch> opening = knowledge.articles().stream()
                .filter(article -> chosen.title().equals(article.title()) && java.util.Objects.equals(chosen.url(), article.url()))
                .findFirst()
                .flatMap(article -> knowledge.topMatches(article.title(), article.locale(), 10).stream()
                        .filter(candidate -> candidate.article().id().equals(article.id())).findFirst());
        if (opening.isPresent()) {
            return quote(opening.get(), question.locale());
        }
        return new Answer(Answer.Kind.NO_ANSWER, messages.getMessage("assistant.no-answer", null,
                Locale.forLanguageTag(question.locale())), List.of(), 0.0, List.of());
    }

    private Answer quote(KnowledgeMatch best, String customerLocale) {
        // A retrieval answer is the passage itself: it rests on exactly what it quotes.
        String articleLocale = best.article().locale();
        if (articleLocale.equalsIgnoreCase(customerLocale)) {
            return new Answer(Answer.Kind.ANSWER, best.passage(), List.of(source(best.article())), best.confidence(),
                    List.of(best.passage()));
        }
        // Found across languages: say first, in the customer's language, that the quote is in another one. The note
        // is Helder's fixed wording about the article, not a claim about the matter, so it is passed on as grounded.
        Locale customer = Locale.forLanguageTag(customerLocale);
        String language = Locale.forLanguageTag(articleLocale).getDisplayLanguage(customer);
        String note = messages.getMessage("assistant.article-language", new Object[] {language}, customer);
        return new Answer(Answer.Kind.ANSWER, note + "\n\n" + best.passage(), List.of(source(best.article())),
                best.confidence(), List.of(note, best.passage()));
    }

    private static Source source(nl.helder.server.knowledge.Article article) {
        return new Source(article.title(), article.url());
    }
}
