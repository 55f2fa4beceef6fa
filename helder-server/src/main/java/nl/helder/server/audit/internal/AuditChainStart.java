package nl.helder.server.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, links entries written before the trail was a hash chain (after an upgrade), and the entries this node
 * staged but had not chained when it stopped, so verify covers them.
 */
@Component
class AuditChainStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AuditChainStart.class);

    private final AuditRepository repository;

    AuditChainStart(AuditRepository repository) {
        this.repository = repository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int linked = AuditRepository.untilDone(repository::chainUnlinked);
        // Entries this node staged before it stopped without chaining them (a crash): same key, same data directory.
        int staged = AuditRepository.untilDone(repository::chainStaged);
        if (staged > 0) {
            log.info("Audit trail: chained {} entries staged before the last stop", staged);
        }
        if (linked > 0) {
            log.info("Audit trail: linked {} earlier entries into the hash chain", linked);
        }
    }
}
