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

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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

    @EventListener
    void on(QuestionReplied event) {
        safely("reply", () -> {
            String language = GapText.language(event.question(), event.locale());
            List<Article> sources = articles(event.sources());
            String article = sources.isEmpty() ? null : sources.get(0).id();
            GapQuestion.Kind kind = switch (event.reply()) {
                case NO_ANSWER -> GapQuestion.Kind.NO_ANSWER;
                case WITHHELD -> GapQuestion.Kind.WITHHELD;
                case SUGGESTIONS -> GapQuestion.Kind.SUGGESTIONS;
                case ANSWER -> event.confidence() < properties.lowConfidence() ? GapQuestion.Kind.LOW_CONFIDENCE : null;
            };
            if (kind != null) {
                repository.insert(new GapQuestion(TimeOrderedIds.next(), event.conversationId(), event.at(), kind, language,
                        event.question(), event.confidence(), kind == GapQuestion.Kind.SUGGESTIONS ? null : article,
                        kind == GapQuestion.Kind.SUGGESTIONS ? sources.stream().map(Article::id).toList() : List.of()));
            }
            if (event.reply() == QuestionReplied.Reply.ANSWER) {
                repository.saveLastAnswer(new GapRepository.LastAnswer(event.conversationId(), event.at(), language,
                        event.question(), event.confidence(), article));
                countTranslation(sources.isEmpty() ? null : sources.get(0), language, event);
            } else {
                // The latest reply was no answer: a hand-off now is about that, not about an earlier answer.
                repository.deleteLastAnswer(event.conversationId());
            }
        });
    }

    /** The customer's pick among suggestions: the article that answers the question, in the customer's judgement. */
    @EventListener
    void on(SuggestionChosen event) {
        safely("suggestion pick", () -> repository.latestSuggestions(event.conversationId()).ifPresent(question -> {
            Optional<Article> chosen = article(new Source(event.title(), event.url()));
            String id = chosen.map(Article::id).orElse(null);
            repository.choose(question.id(), id);
            repository.saveLastAnswer(new GapRepository.LastAnswer(event.conversationId(), event.at(), question.language(),
                    question.question(), question.confidence(), id));
            chosen.filter(article -> !article.locale().equals(question.language()))
                    .ifPresent(article -> translations.count(article.id(), question.language(), event.at()));
        }));
    }

    /** A hand-off right after an answer: the answer did not do, so its question is listed with the article it got. */
    @EventListener
    void on(HandoffRequested event) {
        safely("hand-off", () -> repository.lastAnswer(event.conversationId()).ifPresent(answer -> {
            repository.insert(new GapQuestion(TimeOrderedIds.next(), event.conversationId(), answer.askedAt(),
                    GapQuestion.Kind.HANDOFF_AFTER_ANSWER, answer.language(), answer.question(), answer.confidence(),
                    answer.articleId(), List.of()));
            repository.deleteLastAnswer(event.conversationId());
        }));
    }

    /** In the erasing transaction: whatever the gap list holds from the conversation goes with its content. */
    @EventListener
    void on(ConversationErased event) {
        repository.deleteConversation(event.conversationId());
    }

    private void countTranslation(Article answered, String language, QuestionReplied event) {
        if (answered != null && !answered.locale().equals(language)) {
            translations.count(answered.id(), language, event.at());
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
