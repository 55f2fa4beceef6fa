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
 * The default assistant: quotes the passage of the best-matching article, with the article as source, and
 * abstains below {@code helder.knowledge.min-confidence}. It writes nothing of its own, so it cannot state
 * anything the knowledge base does not.
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

    @Override
    public Answer answer(Question question) {
        // Placeholders such as [IBAN] say what was removed, not what the question is about.
        String searchable = Redactor.withoutPlaceholders(question.text());
        Optional<KnowledgeMatch> match = knowledge.bestMatch(searchable, question.locale());
        if (match.isEmpty() || match.get().confidence() < properties.minConfidence()) {
            double confidence = match.map(KnowledgeMatch::confidence).orElse(0.0);
            String text = messages.getMessage("assistant.no-answer", null, Locale.forLanguageTag(question.locale()));
            return new Answer(Answer.Kind.NO_ANSWER, text, List.of(), confidence, List.of());
        }
        KnowledgeMatch best = match.get();
        Source source = new Source(best.article().title(), best.article().url());
        // A retrieval answer is the passage itself: it rests on exactly what it quotes.
        return new Answer(Answer.Kind.ANSWER, best.passage(), List.of(source), best.confidence(), List.of(best.passage()));
    }
}
