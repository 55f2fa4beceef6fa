package nl.helder.server.gaps.internal;

import nl.helder.server.storage.TimeOrderedIds;
import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.ConversationErased;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.QuestionReplied;
import nl.helder.server.conversation.SuggestionChosen;
import nl.helder.server.gaps.GapProperties;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the gap list from the conversation's events. Recording happens in the turn's transaction, behind a
 * savepoint: a failure is rolled back to the savepoint, logged and dropped, since the gap list is material for
 * improving the knowledge base, never a reason to lose a customer's turn. (It used to be a transaction of its own
 * after the turn's commit: a second durable commit, with its own {@code fsync}, for every answered turn.) Counts of
 * translated answers go through {@link TranslationCounts}, which keeps one shared counter row out of the turn. Erasure, in contrast, happens in the erasing transaction: a conversation's
 * content is never erased while its questions stay here.
 */
@Component
class GapRecorder {

    private static final Logger log = LoggerFactory.getLogger(GapRecorder.class);

    private final GapRepository repository;
    private final KnowledgeBase knowledge;
    private final GapProperties properties;
    private final TranslationCounts translations;
    /** A savepoint in the caller's transaction, or a transaction of its own when there is none. */
    private final TransactionTemplate savepoint;

    GapRecorder(GapRepository repository, KnowledgeBase knowledge, GapProperties properties, TranslationCounts translations,
                PlatformTransactionManager transactions) {
        this.repository = repository;
        this.knowledge = knowledge;
        this.properties = properties;
        this.translations = translations;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * A reply that left the question open, or an answer given with low confidence, is listed; an answer from an
     * article in another language is counted. Most answered turns therefore write nothing here, and take no savepoint.
     */
    @EventListener
    void on(QuestionReplied event) {
        try {
            record(event);
        } catch (RuntimeException e) {
            log.warn("Gap list: could not record a reply: {}", e.toString());
        }
    }

    private void record(QuestionReplied event) {
        String language = GapText.language(event.question(), event.locale());
        List<Article> sources = articles(event.sources());
        Article first = sources.isEmpty() ? null : sources.get(0);
        GapQuestion.Kind kind = switch (event.reply()) {
            case NO_ANSWER -> GapQuestion.Kind.NO_ANSWER;
            case WITHHELD -> GapQuestion.Kind.WITHHELD;
            case SUGGESTIONS -> GapQuestion.Kind.SUGGESTIONS;
            case ANSWER -> event.confidence() < properties.lowConfidence() ? GapQuestion.Kind.LOW_CONFIDENCE : null;
        };
        if (kind != null) {
            safely("reply", () -> repository.insert(new GapQuestion(TimeOrderedIds.next(), event.conversationId(), event.at(),
                    kind, language, event.question(), event.confidence(), kind == GapQuestion.Kind.SUGGESTIONS || first == null ? null : first.id(),
                    kind == GapQuestion.Kind.SUGGESTIONS ? sources.stream().map(Article::id).toList() : List.of())));
        }
        if (event.reply() == QuestionReplied.Reply.ANSWER) {
            countTranslation(first, language, event.at());
        }
    }

    /** The customer's pick among suggestions: the article that answers the question, in the customer's judgement. */
    @EventListener
    void on(SuggestionChosen event) {
        safely("suggestion pick", () -> repository.latestSuggestions(event.conversationId()).ifPresent(question -> {
            Optional<Article> chosen = article(new Source(event.title(), event.url()));
            repository.choose(question.id(), chosen.map(Article::id).orElse(null));
            chosen.filter(article -> !article.locale().equals(question.language()))
                    .ifPresent(article -> translations.count(article.id(), question.language(), event.at()));
        }));
    }

    /**
     * A hand-off right after an answer: the answer did not do, so its question is listed with the article it got. The
     * conversation says which answer that was ({@link HandoffRequested#afterAnswer()}).
     */
    @EventListener
    void on(HandoffRequested event) {
        HandoffRequested.AnsweredQuestion answer = event.afterAnswer();
        if (answer == null) {
            return;
        }
        safely("hand-off", () -> {
            List<Article> sources = articles(answer.sources());
            repository.insert(new GapQuestion(TimeOrderedIds.next(), event.conversationId(), answer.askedAt(),
                    GapQuestion.Kind.HANDOFF_AFTER_ANSWER, GapText.language(answer.question(), answer.locale()), answer.question(),
                    answer.confidence(), sources.isEmpty() ? null : sources.get(0).id(), List.of()));
        });
    }

    /** In the erasing transaction: whatever the gap list holds from the conversation goes with its content. */
    @EventListener
    void on(ConversationErased event) {
        repository.deleteConversation(event.conversationId());
    }

    private void countTranslation(Article answered, String language, Instant at) {
        if (answered != null && !answered.locale().equals(language)) {
            translations.count(answered.id(), language, at);
        }
    }

    /** The served articles behind the sources, in their order; a source no longer served is left out. */
    private List<Article> articles(List<Source> sources) {
        return sources.stream().map(this::article).flatMap(Optional::stream).toList();
    }

    private Optional<Article> article(Source source) {
        List<Article> articles = knowledge.articles();
        return articles.stream().filter(a -> Objects.equals(a.url(), source.url()) && a.title().equals(source.title())).findFirst()
                .or(() -> articles.stream().filter(a -> a.title().equals(source.title())).findFirst());
    }

    private void safely(String what, Runnable recording) {
        try {
            savepoint.executeWithoutResult(status -> recording.run());
        } catch (RuntimeException e) {
            log.warn("Gap list: could not record a {}: {}", what, e.toString());
        }
    }
}
