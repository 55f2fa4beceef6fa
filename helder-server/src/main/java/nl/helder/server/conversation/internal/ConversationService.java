package nl.helder.server.conversation.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InputScan;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.Question;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.ConversationStarted;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.DisclosureRecord;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.conversation.PersonalDataRedacted;
import nl.helder.server.conversation.SignalsDetected;
import org.springframework.context.MessageSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs conversations: opens them with the AI disclosure, and runs each customer turn through the guard and
 * the assistant. The slow part of a turn (guards, retrieval) runs outside the transaction; the transaction
 * locks the conversation, re-checks its state and appends the turn, so a turn is stored whole or not at all.
 */
@Service
class ConversationService implements ConversationEvidence {

    private final ConversationRepository repository;
    private final Disclosures disclosures;
    private final Assistant assistant;
    private final InputGuard inputGuard;
    private final ConversationProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimiter turnLimiter;
    private final RateLimiter startLimiter;
    private final MeterRegistry metrics;
    private final MessageSource messages;
    private final KeptValues keptValues;

    ConversationService(ConversationRepository repository, Disclosures disclosures, Assistant assistant,
                        InputGuard inputGuard, ConversationProperties properties, TransactionTemplate transaction,
                        ApplicationEventPublisher events, Clock clock, MeterRegistry metrics, MessageSource messages,
                        KeptValues keptValues) {
        this.repository = repository;
        this.disclosures = disclosures;
        this.assistant = assistant;
        this.inputGuard = inputGuard;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
        this.messages = messages;
        this.keptValues = keptValues;
        this.turnLimiter = new RateLimiter(properties.turnsPerMinute(), clock);
        this.startLimiter = new RateLimiter(properties.startsPerMinutePerClient(), clock);
    }

    record Started(Conversation conversation, String token, String banner, List<Message> messages) {
    }

    record View(Conversation conversation, String banner, List<Message> messages) {
    }

    record Turn(ConversationState state, List<Message> messages) {
    }

    Started start(String requestedLocale, List<Locale.LanguageRange> acceptLanguage, String client) {
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
        Conversation conversation = authorize(id, token);
        return new View(conversation, disclosures.banner(conversation.locale()), repository.messages(id));
    }

    void confirmDisclosureDisplayed(UUID id, String token) {
        authorize(id, token);
        repository.confirmDisplayed(id, clock.instant());
    }

    Turn post(UUID id, String token, String rawText) {
        Conversation conversation = authorize(id, token);
        String text = MessageText.validate(rawText, properties.maxMessageChars());
        long wait = turnLimiter.acquire(id);
        if (wait > 0) {
            throw ConversationProblem.tooManyRequests("messages in this conversation", wait);
        }
        if (conversation.state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        InputScan scan = inputGuard.scan(text);
        Answer answer = conversation.state() == ConversationState.BOT
                ? assistant.answer(new Question(scan.redacted(), conversation.locale()))
                : null;
        Map<String, Integer> redacted = new TreeMap<>();
        scan.findings().forEach(finding -> redacted.merge(finding.type().name(), 1, Integer::sum));
        List<KeptValues.Original> originals = keptValues.toKeep(text, scan.findings());
        Set<String> signals = new java.util.TreeSet<>();
        scan.signals().forEach(signal -> signals.add(signal.name()));
        Turn turn = transaction.execute(status -> {
            Turn appended = append(id, conversation.locale(), scan.redacted(), redacted, answer);
            keptValues.store(id, originals, clock.instant());
            if (!signals.isEmpty()) {
                events.publishEvent(new SignalsDetected(id, Set.copyOf(signals), clock.instant()));
            }
            return appended;
        });
        signals.forEach(signal -> metrics.counter("helder.signals", "signal", signal).increment());
        if (answer != null) {
            metrics.counter("helder.turns", "outcome", answer.kind().name()).increment();
        }
        return turn;
    }

    private Turn append(UUID id, String locale, String redactedText, Map<String, Integer> redacted, Answer answer) {
        ConversationRepository.StoredConversation locked = repository.findForUpdate(id)
                .orElseThrow(ConversationProblem::notFound);
        ConversationState state = locked.conversation().state();
        if (state == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        Instant now = clock.instant();
        int sequence = repository.nextSequence(id);
        List<Message> added = new ArrayList<>();
        Message customer = new Message(UUID.randomUUID(), sequence++, MessageRole.CUSTOMER, MessageKind.TEXT, redactedText, List.of(), now);
        repository.insert(id, customer, null);
        added.add(customer);
        if (!redacted.isEmpty()) {
            // Each type is explained once per conversation, kindly, in the customer's language.
            Set<String> shown = repository.noticesShown(id);
            for (String type : redacted.keySet()) {
                if (!shown.contains(type)) {
                    Message notice = new Message(UUID.randomUUID(), sequence++, MessageRole.ASSISTANT, MessageKind.NOTICE,
                            notice(type, locale), List.of(), now);
                    repository.insert(id, notice, null);
                    repository.insertNotice(id, type, now);
                    added.add(notice);
                }
            }
            events.publishEvent(new PersonalDataRedacted(id, Map.copyOf(redacted), now));
        }
        // The state may have changed since the answer was computed (a person took over): then a person answers.
        if (answer != null && state == ConversationState.BOT) {
            MessageKind kind = answer.kind() == Answer.Kind.ANSWER ? MessageKind.ANSWER : MessageKind.NO_ANSWER;
            Message reply = new Message(UUID.randomUUID(), sequence, MessageRole.ASSISTANT, kind, answer.text(), answer.sources(), now);
            repository.insert(id, reply, answer.confidence());
            added.add(reply);
        }
        repository.touch(id, now);
        return new Turn(state, added);
    }

    private String notice(String type, String locale) {
        Locale language = Locale.forLanguageTag(locale);
        String name = messages.getMessage("privacy.type." + type, null, type, language);
        return messages.getMessage("privacy.notice", new Object[] {name}, language);
    }

    private Conversation authorize(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw ConversationProblem.missingToken();
        }
        return repository.find(id)
                .filter(stored -> CustomerTokens.matches(token, stored.tokenHash()))
                .map(ConversationRepository.StoredConversation::conversation)
                .orElseThrow(ConversationProblem::notFound);
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
}
