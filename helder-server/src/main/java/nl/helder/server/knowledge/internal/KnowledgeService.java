package nl.helder.server.knowledge.internal;

import nl.helder.server.HelderProperties;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.ArticleQuarantined;
import nl.helder.server.knowledge.InvalidKnowledgeException;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeImport;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import nl.helder.server.knowledge.KnowledgeReplaced;
import nl.helder.server.knowledge.LearnedQuestions;
import nl.helder.server.knowledge.LearnedQuestions.Learned;
import nl.helder.server.knowledge.QuarantineDecided;
import nl.helder.server.knowledge.internal.QuarantineRepository.Quarantined;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the knowledge base: articles in the database, a Lucene index in memory built from them. An import
 * validates everything first, stores it in one transaction and only then swaps in the new index, so a
 * failed import changes nothing and questions are never answered from a half-built index. An article the
 * indirect-injection check suspects is quarantined, not a reason to fail: one false suspicion must not take
 * the whole service down at start. An administrator then releases or removes it.
 */
@Service
class KnowledgeService implements KnowledgeBase, KnowledgeImport, LearnedQuestions, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);

    private final ArticleRepository repository;
    private final QuarantineRepository quarantine;
    private final LearnedQuestionRepository learned;
    private final KnowledgeSources sources;
    private final KnowledgeProperties properties;
    private final HelderProperties helder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Embeddings embeddings;
    private volatile KnowledgeIndex index;

    KnowledgeService(ArticleRepository repository, QuarantineRepository quarantine, LearnedQuestionRepository learned,
                     KnowledgeSources sources,
                     KnowledgeProperties properties, HelderProperties helder, TransactionTemplate transaction,
                     ApplicationEventPublisher events, Clock clock, Embeddings embeddings) {
        this.repository = repository;
        this.quarantine = quarantine;
        this.learned = learned;
        this.sources = sources;
        this.properties = properties;
        this.helder = helder;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.embeddings = embeddings;
    }

    /** At start: {@code helder.kb} replaces the stored articles; an empty database gets the demo. */
    @Override
    public void afterSingletonsInstantiated() {
        List<Article> stored = repository.findAll();
        if (helder.kb() != null || stored.isEmpty()) {
            ImportResult result = reimport();
            log.info("Knowledge base imported from {}: {} articles in {}, {} quarantined", result.source(), result.articles(),
                    result.locales(), result.quarantined().size());
        } else {
            index = index(stored);
            log.info("Knowledge base loaded from the database: {} articles", stored.size());
        }
    }

    @Override
    public Optional<KnowledgeMatch> bestMatch(String question, String preferredLocale) {
        KnowledgeIndex current = index;
        return current == null ? Optional.empty() : current.bestMatch(question, preferredLocale);
    }

    @Override
    public List<KnowledgeMatch> topMatches(String question, String preferredLocale, int limit) {
        KnowledgeIndex current = index;
        return current == null ? List.of() : current.topMatches(question, preferredLocale, limit);
    }

    @Override
    public List<Article> articles() {
        KnowledgeIndex current = index;
        return current == null ? List.of() : current.articles();
    }

    @Override
    public ImportResult replaceAll(List<Article> articles) {
        return replace(articles, "upload");
    }

    @Override
    public ImportResult reimport() {
        KnowledgeSources.Loaded loaded = sources.loadConfigured(helder.kb());
        return replace(loaded.articles(), loaded.source());
    }

    private synchronized ImportResult replace(List<Article> articles, String source) {
        ArticleValidator.validate(articles);
        Instant now = clock.instant();
        List<Article> served = new ArrayList<>();
        List<Quarantined> held = new ArrayList<>();
        for (Article article : articles) {
            Optional<ArticleScreen.Suspicion> suspicion = ArticleScreen.screen(article);
            if (suspicion.isPresent() && !quarantine.wasReleased(article)) {
                held.add(new Quarantined(article, suspicion.get().score(), suspicion.get().reasons(), source, now));
            } else {
                served.add(article);
            }
        }
        KnowledgeIndex next = index(served);
        transaction.executeWithoutResult(status -> {
            repository.replaceAll(served);
            quarantine.replaceAll(held);
            held.forEach(q -> events.publishEvent(new ArticleQuarantined(q.article().id(), source, q.score(), q.reasons(), now)));
        });
        index = next;
        held.forEach(q -> log.warn("Article '{}' quarantined, not served (score {}): {}", q.article().id(),
                String.format(java.util.Locale.ROOT, "%.2f", q.score()), String.join("; ", q.reasons())));
        List<String> locales = served.stream().map(Article::locale).distinct().sorted().toList();
        events.publishEvent(new KnowledgeReplaced(source, served.size(), now));
        return new ImportResult(source, served.size(), locales, held.stream().map(q -> q.article().id()).toList());
    }

    /** The articles the latest import held back, in import order. */
    List<Quarantined> quarantined() {
        return quarantine.findAll();
    }

    /**
     * Indexes a quarantined article after all, on an administrator's judgement; the release is remembered for
     * this exact version of the article, so re-importing it unchanged does not quarantine it again.
     *
     * @throws NoSuchElementException when no article with this id is quarantined
     */
    synchronized Article release(String id, String actor) {
        Quarantined held = quarantine.find(id).orElseThrow(() -> new NoSuchElementException(id));
        List<Article> served = new ArrayList<>(articles());
        served.removeIf(article -> article.id().equals(id));
        served.add(held.article());
        KnowledgeIndex next = index(served);
        transaction.executeWithoutResult(status -> {
            repository.replace(held.article());
            quarantine.delete(id);
            quarantine.recordRelease(held.article(), actor, clock.instant());
            events.publishEvent(new QuarantineDecided(id, QuarantineDecided.Decision.RELEASED, actor, clock.instant()));
        });
        index = next;
        return held.article();
    }

    /**
     * Drops a quarantined article without serving it. It comes back (quarantined) if the source still holds it
     * at the next import: the source is where it must be fixed.
     *
     * @throws NoSuchElementException when no article with this id is quarantined
     */
    synchronized void remove(String id, String actor) {
        transaction.executeWithoutResult(status -> {
            if (!quarantine.delete(id)) {
                throw new NoSuchElementException(id);
            }
            events.publishEvent(new QuarantineDecided(id, QuarantineDecided.Decision.REMOVED, actor, clock.instant()));
        });
    }

    @Override
    public void learn(String articleId, List<String> questions, String language, String actor) {
        if (articles().stream().noneMatch(article -> article.id().equals(articleId))) {
            throw new NoSuchElementException(articleId);
        }
        Instant now = clock.instant();
        questions.forEach(question -> learned.add(articleId, question, language, actor, now));
        relearnAfterCommit();
    }

    @Override
    public List<Learned> learned() {
        return learned.findAll();
    }

    @Override
    public Optional<Learned> forget(UUID id) {
        Optional<Learned> found = learned.find(id);
        found.ifPresent(question -> {
            learned.delete(id);
            relearnAfterCommit();
        });
        return found;
    }

    /** Rebuilds the index once the caller's transaction committed (at once without one): never with uncommitted rows. */
    private void relearnAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relearn();
                }
            });
        } else {
            relearn();
        }
    }

    /**
     * Re-indexes the served articles, as stored (without learned questions, so a forgotten one goes), with every
     * learned question.
     */
    private synchronized void relearn() {
        index = index(repository.findAll());
    }

    /**
     * Indexes {@code articles} with the questions administrators linked to them from the gap list added to their
     * own: the one place every load, import and release goes through, so a link survives all of them.
     */
    private KnowledgeIndex index(List<Article> articles) {
        Map<String, Set<String>> extra = learned.byArticle();
        List<Article> withLearned = articles.stream().map(article -> {
            Set<String> questions = extra.get(article.id());
            if (questions == null) {
                return article;
            }
            Set<String> all = new LinkedHashSet<>(article.questions());
            all.addAll(questions);
            return new Article(article.id(), article.title(), article.url(), article.locale(), article.tags(), article.body(),
                    List.copyOf(all));
        }).toList();
        try {
            return sources.index(withLearned, properties, embeddings.embedder());
        } catch (IllegalArgumentException e) {
            throw new InvalidKnowledgeException(List.of(e.getMessage()));
        }
    }
}
