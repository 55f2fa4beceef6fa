package nl.helder.server.audit.internal;

import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.AuditTrail;
import nl.helder.server.audit.ChainVerification;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit trail as other features read it: this node's staged entries are chained first, so reads see them in place. */
@Component
class ChainedAuditTrail implements AuditTrail {

    private final AuditRepository repository;
    private final AuditChainer chainer;

    ChainedAuditTrail(AuditRepository repository, AuditChainer chainer) {
        this.repository = repository;
        this.chainer = chainer;
    }

    @Override
    public List<AuditEvent> forConversation(UUID conversationId) {
        chainer.flush();
        return repository.forConversation(conversationId);
    }

    @Override
    public List<AuditEvent> between(Instant from, Instant to, int limit) {
        chainer.flush();
        return repository.between(from, to, limit);
    }

    @Override
    public ChainVerification verify() {
        chainer.flush();
        return repository.verify();
    }
}
