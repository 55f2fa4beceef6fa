package nl.helder.server.gaps.internal;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Questions answered from an article in another language, counted in memory once the turn committed and added to
 * {@code kb_gap_translation} every few seconds by one thread, and before every read. Why not in the turn: every
 * such turn would update the same counter row, so turns answered from one article would queue for that row's lock
 * through each other's commit (on PostgreSQL through the WAL flush). Counts held at a crash (a few seconds' worth)
 * are lost; they are a hint for the knowledge base's editors, not evidence. Each node adds its own counts.
 */
@Component
class TranslationCounts {

    private static final Logger log = LoggerFactory.getLogger(TranslationCounts.class);

    private record Key(String articleId, String language) {
    }

    private record Count(int questions, Instant lastAt) {
        Count plus(Count other) {
            return new Count(questions + other.questions, lastAt.isAfter(other.lastAt) ? lastAt : other.lastAt);
        }
    }

    private final GapRepository repository;
    private final TransactionTemplate ownTransaction;
    private Map<Key, Count> pending = new HashMap<>();

    TranslationCounts(GapRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Counts one question once the caller's transaction committed (at once when there is none). */
    void count(String articleId, String language, Instant at) {
        Runnable add = () -> add(new Key(articleId, language), new Count(1, at));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    add.run();
                }
            });
        } else {
            add.run();
        }
    }

    private synchronized void add(Key key, Count count) {
        pending.merge(key, count, Count::plus);
    }

    /** Writes the counts gathered so far, in one transaction; on failure they are kept for the next try. */
    @Scheduled(fixedDelayString = "PT5S", initialDelayString = "PT5S")
    void flush() {
        Map<Key, Count> taken;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            taken = pending;
            pending = new HashMap<>();
        }
        try {
            ownTransaction.executeWithoutResult(status -> taken.forEach((key, count) ->
                    repository.countTranslation(key.articleId(), key.language(), count.questions(), count.lastAt())));
        } catch (RuntimeException e) {
            log.warn("Gap list: could not add {} translation counts, kept for the next try: {}", taken.size(), e.toString());
            taken.forEach(this::add);
        }
    }

    @PreDestroy
    void flushAtStop() {
        flush();
    }
}
