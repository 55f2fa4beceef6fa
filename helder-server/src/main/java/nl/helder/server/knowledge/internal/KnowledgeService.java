package nl.helder.server.knowledge.internal;

import nl.helder.server.HelderProperties;
import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.InvalidKnowledgeException;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeImport;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import nl.helder.server.knowledge.KnowledgeReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the knowledge base: articles in the database, a Lucene index in memory built from them. An import
 * validates everything first, stores it in one transaction and only then swaps in the new index, so a
 * failed import changes nothing and questions are never answered from a half-built index.
 */
@Service
class KnowledgeService implements KnowledgeBase, KnowledgeImport, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeService.class);

    private final ArticleRepository repository;
    private final KnowledgeSources sources;
    private final KnowledgeProperties properties;
    private final HelderProperties helder;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile KnowledgeIndex index;

    KnowledgeService(ArticleRepository repository, KnowledgeSources sources, KnowledgeProperties properties,
                     HelderProperties helder, TransactionTemplate transaction, ApplicationEventPublisher events,
                     Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.properties = properties;
        this.helder = helder;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** At start: {@code helder.kb} replaces the stored articles; an empty database gets the demo. */
    @Override
    public void afterSingletonsInstantiated() {
        List<Article> stored = repository.findAll();
        if (helder.kb() != null || stored.isEmpty()) {
            ImportResult result = reimport();
            log.info("Knowledge base imported from {}: {} articles in {}", result.source(), result.articles(), result.locales());
        } else {
            index = sources.index(stored, properties);
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
        KnowledgeIndex next;
        try {
            next = sources.index(articles, properties);
        } catch (IllegalArgumentException e) {
            throw new InvalidKnowledgeException(List.of(e.getMessage()));
        }
        transaction.executeWithoutResult(status -> repository.replaceAll(articles));
        index = next;
        List<String> locales = articles.stream().map(Article::locale).distinct().sorted().toList();
        events.publishEvent(new KnowledgeReplaced(source, articles.size(), clock.instant()));
        return new ImportResult(source, articles.size(), locales);
    }
}
