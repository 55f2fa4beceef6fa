package nl.helder.server.conversation.internal;

import nl.helder.server.cluster.RateLimit;
import nl.helder.server.cluster.RateLimits;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.ConversationStarted;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.DisclosureRecord;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens conversations with the AI disclosure, shows them to their customer, and keeps the disclosure evidence.
 * A customer's turn is {@link CustomerTurns}; asking for a person and leaving a message is {@link CustomerHandoffs}.
 */
@Service
class ConversationService implements ConversationEvidence {

    private final ConversationAccess access;
    private final ConversationRepository repository;
    private final Disclosures disclosures;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimit startLimiter;
    private final MeterRegistry metrics;
    private final ConversationUpdates updates;

    ConversationService(ConversationAccess access, ConversationRepository repository, Disclosures disclosures,
                        ConversationProperties properties, TransactionTemplate transaction, ApplicationEventPublisher events,
                        Clock clock, MeterRegistry metrics, ConversationUpdates updates, RateLimits limits) {
        this.access = access;
        this.repository = repository;
        this.disclosures = disclosures;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
        this.updates = updates;
        this.startLimiter = limits.perMinute("starts", properties.startsPerMinutePerClient());
    }

    record Started(Conversation conversation, String token, String banner, List<Message> messages) {
    }

    record View(Conversation conversation, String banner, List<Message> messages) {
    }

    Started start(String requestedLocale, String acceptLanguage, String client) {
        String locale = disclosures.resolveLocale(requestedLocale, acceptLanguage);
        long wait = startLimiter.acquire(client);
        if (wait > 0) {
            throw ConversationProblem.tooManyRequests("new conversations from this address", wait);
        }
        Instant now = clock.instant();
        String token = CustomerTokens.newToken();
        Conversation conversation = new Conversation(UUID.randomUUID(), ConversationState.BOT, locale, now, now);
        String text = disclosures.message(locale);
        Message disclosure = new Message(UUID.randomUUID(), 1, MessageRole.ASSISTANT, MessageKind.DISCLOSURE, text, List.of(), now);
        transaction.executeWithoutResult(status -> {
            repository.insert(conversation, CustomerTokens.hash(token));
            repository.insert(conversation.id(), disclosure, null);
            repository.insertDisclosure(new DisclosureRecord(conversation.id(), locale, text, disclosures.banner(locale), now, null));
            events.publishEvent(new ConversationStarted(conversation.id(), locale, now));
        });
        metrics.counter("helder.conversations.started", "locale", locale).increment();
        return new Started(conversation, token, disclosures.banner(locale), List.of(disclosure));
    }

    View view(UUID id, String token) {
        ConversationRepository.StoredConversation stored = access.authorizeStored(id, token);
        Conversation conversation = stored.conversation();
        return new View(conversation, updates.banner(conversation.state(), conversation.locale(), stored.handling().agentName()),
                repository.messages(id));
    }

    void confirmDisclosureDisplayed(UUID id, String token) {
        access.authorize(id, token);
        repository.confirmDisplayed(id, clock.instant());
    }

    @Override
    public Optional<DisclosureRecord> disclosureOf(UUID conversationId) {
        return repository.disclosure(conversationId);
    }

    @Override
    public List<DisclosureRecord> disclosuresBetween(Instant from, Instant to, int limit) {
        return repository.disclosuresBetween(from, to, limit);
    }

    @Override
    public DisclosureCoverage coverageBetween(Instant from, Instant to) {
        long[] counts = repository.coverageBetween(from, to);
        return new DisclosureCoverage(counts[0], counts[1], counts[2]);
    }

    @Override
    public DisclosureTiming timingBetween(Instant from, Instant to) {
        long[] counts = repository.timingBetween(from, to);
        return new DisclosureTiming(counts[0], counts[1], counts[2]);
    }

    @Override
    public boolean disclosedSince(UUID conversationId, Instant at) {
        return repository.disclosedSince(conversationId, at);
    }
}
