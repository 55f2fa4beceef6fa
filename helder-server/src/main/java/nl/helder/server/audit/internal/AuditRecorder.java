package nl.helder.server.audit.internal;

import nl.helder.server.storage.TimeOrderedIds;
import nl.helder.server.audit.AuditEvent;
import nl.helder.server.audit.Audited;
import nl.helder.server.conversation.AgentAction;
import nl.helder.server.assistant.LlmCall;
import nl.helder.server.conversation.AnswerWithheld;
import nl.helder.server.conversation.SuggestionChosen;
import nl.helder.server.conversation.InputRefused;
import nl.helder.server.conversation.ConversationErased;
import nl.helder.server.handoff.TicketClosed;
import nl.helder.server.knowledge.ArticleQuarantined;
import nl.helder.server.knowledge.KnowledgeReplaced;
import nl.helder.server.knowledge.QuarantineDecided;
import nl.helder.server.conversation.ConversationStarted;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.PersonalDataRedacted;
import nl.helder.server.conversation.TicketOpened;
import nl.helder.server.conversation.SignalsDetected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.UUID;

/**
 * Turns domain events into audit entries, staged in the transaction of the change: a turn or an erasure is never
 * stored without its evidence, nor evidence without it (a failed insert rolls the change back). The entry joins the
 * hash chain moments after the commit ({@link AuditChainer}): staging takes no lock, so audited writes on every node
 * commit side by side instead of queueing on the chain's head row, which with two nodes on one PostgreSQL held
 * most busy sessions waiting (see the README's several-nodes figures).
 */
@Component
class AuditRecorder {

    static final String SYSTEM = "system";
    /** Map entries sorted by key at every depth: one canonical text per content, whatever map it came from. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final AuditRepository repository;
    private final AuditChainer chainer;

    AuditRecorder(AuditRepository repository, AuditChainer chainer) {
        this.repository = repository;
        this.chainer = chainer;
    }

    @EventListener
    void on(ConversationStarted event) {
        record("DISCLOSURE_SENT", event.conversationId(), Map.of("locale", event.locale()), event.at());
    }

    @EventListener
    void on(PersonalDataRedacted event) {
        record("PERSONAL_DATA_REDACTED", event.conversationId(), Map.of("types", event.countsByType()), event.at());
    }

    @EventListener
    void on(SignalsDetected event) {
        record("SIGNALS_DETECTED", event.conversationId(), Map.of("signals", new java.util.TreeSet<>(event.signals())), event.at());
    }

    @EventListener
    void on(LlmCall call) {
        if (!call.answered()) {
            record("LLM_FALLBACK", call.conversationId(), Map.of("reason", call.fallback().name(), "provider", call.provider(),
                    "model", call.model()), call.at());
        }
    }

    @EventListener
    void on(InputRefused event) {
        record("INPUT_REFUSED", event.conversationId(), Map.of("score", Math.round(event.score() * 100) / 100.0,
                "reasons", event.reasons()), event.at());
    }

    @EventListener
    void on(SuggestionChosen event) {
        record("SUGGESTION_CHOSEN", event.conversationId(), Map.of("position", event.position(), "title", event.title()), event.at());
    }

    @EventListener
    void on(AnswerWithheld event) {
        record("ANSWER_WITHHELD", event.conversationId(), Map.of("checks", new java.util.TreeSet<>(event.checks())), event.at());
    }

    @EventListener
    void on(HandoffRequested event) {
        record("HANDOFF_REQUESTED", event.conversationId(),
                Map.of("reason", event.reason().name(), "agentsAvailable", event.agentsAvailable()), event.at());
    }

    @EventListener
    void on(TicketOpened event) {
        record("TICKET_OPENED", event.conversationId(), Map.of("reference", event.reference()), event.at());
    }

    /** Claims, replies, hand-backs and closes, with the person who did them; never the text of a reply. */
    @EventListener
    void on(AgentAction event) {
        Map<String, ?> details = event.outcome() == null ? Map.of() : Map.of("outcome", event.outcome().name());
        record("AGENT_" + event.kind().name(), event.agent(), event.conversationId(), details, event.at());
    }

    @EventListener
    void on(TicketClosed event) {
        record("TICKET_CLOSED", event.actor(), event.conversationId(), Map.of("reference", event.reference()), event.at());
    }

    /** The approved knowledge the assistant answers from changed: what was loaded, from where. */
    @EventListener
    void on(KnowledgeReplaced event) {
        record("KNOWLEDGE_REPLACED", SYSTEM, null, Map.of("source", event.source(), "articles", event.articles()), event.at());
    }

    /** An import kept an article out of the index as a suspected injection: which one, and why (never its text). */
    @EventListener
    void on(ArticleQuarantined event) {
        record("KNOWLEDGE_ARTICLE_QUARANTINED", SYSTEM, null, Map.of("article", event.articleId(), "source", event.source(),
                "score", Math.round(event.score() * 100) / 100.0, "reasons", event.reasons()), event.at());
    }

    /** An administrator released (now served) or removed a quarantined article. */
    @EventListener
    void on(QuarantineDecided event) {
        record("KNOWLEDGE_ARTICLE_" + event.decision().name(), event.actor(), null, Map.of("article", event.articleId()), event.at());
    }

    @EventListener
    void on(Audited event) {
        record(event.type(), event.actor(), event.conversationId(), event.details(), event.at());
    }

    @EventListener
    void on(ConversationErased event) {
        record("CONVERSATION_ERASED", event.actor(), event.conversationId(), Map.of("reason", event.reason()), event.at());
    }

    private void record(String type, UUID conversationId, Map<String, ?> details, java.time.Instant at) {
        record(type, SYSTEM, conversationId, details, at);
    }

    /** Details are written with sorted keys: one canonical text per content, whatever map it came from. */
    private void record(String type, String actor, UUID conversationId, Map<String, ?> details, java.time.Instant at) {
        chainer.afterCommit();
        repository.stage(new AuditEvent(TimeOrderedIds.next(), at, type, actor, conversationId,
                JSON.writeValueAsString(new java.util.TreeMap<>(details))));
    }
}
