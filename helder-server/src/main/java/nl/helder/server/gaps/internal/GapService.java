package nl.helder.server.gaps.internal;

import nl.helder.server.audit.Audited;
import nl.helder.server.gaps.GapProperties;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.LearnedQuestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gap list as an administrator sees it (open questions grouped, articles lacking a translation) and the two
 * decisions on a group: link it to an article, or mark it out of scope. Both are audited in their transaction.
 */
@Service
class GapService {

    static final String LINKED = "LINKED";
    static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";

    private final GapRepository repository;
    private final KnowledgeBase knowledge;
    private final LearnedQuestions learned;
    private final GapProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TranslationCounts translationCounts;

    GapService(GapRepository repository, KnowledgeBase knowledge, LearnedQuestions learned, GapProperties properties,
               TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, TranslationCounts translationCounts) {
        this.repository = repository;
        this.knowledge = knowledge;
        this.learned = learned;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.translationCounts = translationCounts;
    }

    /** An article customers reach from another language, often enough to be flagged. */
    record MissingTranslation(Article article, String language, int questions, Instant lastAt) {
    }

    /** The open questions, grouped. */
    List<GapGrouping.Group> groups() {
        return GapGrouping.group(repository.open(properties.maxQuestions()), properties.similarity());
    }

    List<MissingTranslation> missingTranslations() {
        Map<String, Article> served = articlesById();
        translationCounts.flush(); // this node's counts of the last seconds, so the list is current
        return repository.translations(properties.translationFlag()).stream()
                .filter(count -> served.containsKey(count.articleId()))
                .map(count -> new MissingTranslation(served.get(count.articleId()), count.language(), count.questions(), count.lastAt()))
                .toList();
    }

    Map<String, Article> articlesById() {
        return knowledge.articles().stream().collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Makes the group's questions example questions of {@code articleId}: stored, applied at every load and import,
     * searched by retrieval once this commits.
     *
     * @throws NoSuchElementException   when no open group has this id
     * @throws IllegalArgumentException when no served article has {@code articleId}
     */
    GapGrouping.Group link(UUID groupId, String articleId, String actor) {
        GapGrouping.Group group = group(groupId);
        Article article = Optional.ofNullable(articlesById().get(articleId))
                .orElseThrow(() -> new IllegalArgumentException("No served article has the id '" + articleId + "'."));
        Instant now = clock.instant();
        List<String> questions = List.copyOf(new LinkedHashSet<>(group.questions().stream().map(GapQuestion::question).toList()));
        transaction.executeWithoutResult(status -> {
            repository.resolve(ids(group), LINKED, articleId, actor, now);
            learned.learn(articleId, questions, group.language(), actor);
            if (!article.locale().equals(group.language())) {
                repository.countTranslation(articleId, group.language(), group.questions().size(), now);
            }
            events.publishEvent(new Audited("KNOWLEDGE_GAP_LINKED", actor, null, Map.of("group", groupId.toString(),
                    "article", articleId, "language", group.language(), "questions", group.questions().size()), now));
        });
        return group;
    }

    /**
     * Hides the group: its questions are not listed again and feed nothing into retrieval.
     *
     * @throws NoSuchElementException when no open group has this id
     */
    GapGrouping.Group outOfScope(UUID groupId, String actor) {
        GapGrouping.Group group = group(groupId);
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            repository.resolve(ids(group), OUT_OF_SCOPE, null, actor, now);
            events.publishEvent(new Audited("KNOWLEDGE_GAP_OUT_OF_SCOPE", actor, null, Map.of("group", groupId.toString(),
                    "language", group.language(), "questions", group.questions().size()), now));
        });
        return group;
    }

    /** The example questions administrators linked to articles, oldest first. */
    List<LearnedQuestions.Learned> links() {
        return learned.learned();
    }

    /** Thrown when no learned example question has the id. */
    static final class UnknownLink extends RuntimeException {
        UnknownLink(UUID id) {
            super(id.toString());
        }
    }

    /**
     * Takes one example question off its article again (a link made by mistake); audited.
     *
     * @throws UnknownLink when no learned question has this id
     */
    LearnedQuestions.Learned unlink(UUID id, String actor) {
        return transaction.execute(status -> {
            LearnedQuestions.Learned removed = learned.forget(id).orElseThrow(() -> new UnknownLink(id));
            events.publishEvent(new Audited("KNOWLEDGE_GAP_UNLINKED", actor, null, Map.of("article", removed.articleId(),
                    "language", removed.language(), "linkedBy", removed.linkedBy()), clock.instant()));
            return removed;
        });
    }

    /** Deletes the questions asked longer ago than the retention; returns how many. */
    int expire() {
        return transaction.execute(status -> repository.deleteBefore(clock.instant().minus(properties.retention())));
    }

    private GapGrouping.Group group(UUID groupId) {
        return groups().stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(groupId.toString()));
    }

    private static List<UUID> ids(GapGrouping.Group group) {
        return group.questions().stream().map(GapQuestion::id).toList();
    }
}
