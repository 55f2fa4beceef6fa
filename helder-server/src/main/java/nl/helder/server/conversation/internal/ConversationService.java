package nl.helder.server.conversation.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InputScan;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.Question;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationEvidence;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.AnswerWithheld;
import nl.helder.server.conversation.InputRefused;
import nl.helder.server.conversation.ConversationStarted;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.DisclosureRecord;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.conversation.PersonalDataRedacted;
import nl.helder.server.conversation.SignalsDetected;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.TicketOpened;
import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.handoff.Tickets;
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

    /** How many earlier messages an assistant sees: enough for "and what about the other one?", no more. */
    private static final int HISTORY = 6;

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
    private final AgentAvailability availability;
    private final Tickets tickets;
    private final ConversationUpdates updates;
    private final HandoffPolicy handoffPolicy;
    private final OutputGuard outputGuard;

    ConversationService(ConversationRepository repository, Disclosures disclosures, Assistant assistant,
                        InputGuard inputGuard, ConversationProperties properties, TransactionTemplate transaction,
                        ApplicationEventPublisher events, Clock clock, MeterRegistry metrics, MessageSource messages,
                        KeptValues keptValues, AgentAvailability availability, Tickets tickets,
                        ConversationUpdates updates, HandoffPolicy handoffPolicy, OutputGuard outputGuard) {
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
        this.availability = availability;
        this.tickets = tickets;
        this.updates = updates;
        this.handoffPolicy = handoffPolicy;
        this.outputGuard = outputGuard;
        this.turnLimiter = new RateLimiter(properties.turnsPerMinute(), clock);
        this.startLimiter = new RateLimiter(properties.startsPerMinutePerClient(), clock);
    }

    record Started(Conversation conversation, String token, String banner, List<Message> messages) {
    }

    record View(Conversation conversation, String banner, List<Message> messages) {
    }

    record Turn(ConversationState state, List<Message> messages) {
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
        ConversationRepository.StoredConversation stored = authorizeStored(id, token);
        Conversation conversation = stored.conversation();
        return new View(conversation, updates.banner(conversation.state(), conversation.locale(), stored.handling().agentName()),
                repository.messages(id));
    }

    void confirmDisclosureDisplayed(UUID id, String token) {
        authorize(id, token);
        repository.confirmDisplayed(id, clock.instant());
    }

    Turn post(UUID id, String token, String rawText) {
        Instant received = clock.instant();
        Conversation conversation = authorize(id, token);
        String text = acceptText(id, rawText);
        if (conversation.state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        InputScan scan = inputGuard.scan(text);
        HandoffReason signalled = conversation.state() == ConversationState.BOT ? handoffPolicy.fromSignals(scan.signals()) : null;
        // A person answers what the signals hand over; the assistant never answers a high-risk matter itself.
        // An attempt to steer the assistant is not acted on; a request for a person in the same message still is.
        boolean refused = conversation.state() == ConversationState.BOT && signalled == null && scan.injection().blocked();
        boolean identityAsked = conversation.state() == ConversationState.BOT && signalled == null && !refused && IdentityQuestions.isAsked(text);
        Answer proposed = conversation.state() == ConversationState.BOT && signalled == null && !identityAsked && !refused
                ? assistant.answer(new Question(scan.redacted(), conversation.locale(), id, repository.recentTurns(id, HISTORY), received),
                        draft -> updates.draft(id, draft))
                : null;
        OutputReview review = proposed != null && proposed.kind() == Answer.Kind.ANSWER
                ? outputGuard.review(proposed.text(), proposed.passages()) : null;
        // A withheld answer becomes "I don't know, shall I get a person": never a guess, never the flagged text.
        Answer answer = review != null && review.blocked() ? withheld(conversation.locale())
                : refused ? refusal(conversation.locale()) : proposed;
        Map<String, Integer> redacted = new TreeMap<>();
        scan.findings().forEach(finding -> redacted.merge(finding.type().name(), 1, Integer::sum));
        List<KeptValues.Original> originals = keptValues.toKeep(text, scan.findings());
        Set<String> signals = new java.util.TreeSet<>();
        scan.signals().forEach(signal -> signals.add(signal.name()));
        Turn turn = transaction.execute(status -> {
            Turn appended = append(id, conversation.locale(), scan.redacted(), redacted, answer, signalled, identityAsked, refused);
            keptValues.store(id, originals, clock.instant());
            if (!signals.isEmpty()) {
                events.publishEvent(new SignalsDetected(id, Set.copyOf(signals), clock.instant()));
            }
            if (refused) {
                events.publishEvent(new InputRefused(id, scan.injection().score(), scan.injection().reasons(), clock.instant()));
            }
            if (review != null && review.blocked()) {
                events.publishEvent(new AnswerWithheld(id, review.checks().stream().map(check -> check.type().name())
                        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), clock.instant()));
            }
            return appended;
        });
        signals.forEach(signal -> metrics.counter("helder.signals", "signal", signal).increment());
        if (answer != null) {
            metrics.counter("helder.turns", "outcome", answer.kind().name()).increment();
        }
        return turn;
    }

    private Turn append(UUID id, String locale, String redactedText, Map<String, Integer> redacted, Answer answer,
                        HandoffReason signalled, boolean identityAsked, boolean refused) {
        ConversationRepository.StoredConversation locked = lockOpen(id);
        ConversationState state = locked.conversation().state();
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
        HandoffReason reason = signalled;
        if (reason == null && answer != null && answer.kind() == Answer.Kind.NO_ANSWER && !refused && state == ConversationState.BOT
                && handoffPolicy.handsOverAfterNoAnswer(repository.trailingNoAnswers(id))) {
            reason = HandoffReason.REPEATED_NO_ANSWER;
        }
        // The state may have changed since the answer was computed (a person took over): then a person answers.
        if (reason != null && state == ConversationState.BOT) {
            Message handoff = handoffMessage(id, locale, reason, sequence, now);
            added.add(handoff);
            state = ConversationState.WAITING_FOR_AGENT;
        } else if (identityAsked && state == ConversationState.BOT) {
            // Asked whether it is a person, the assistant says plainly that it is not.
            Message identity = new Message(UUID.randomUUID(), sequence, MessageRole.ASSISTANT, MessageKind.DISCLOSURE,
                    messages.getMessage("assistant.identity", null, Locale.forLanguageTag(locale)), List.of(), now);
            repository.insert(id, identity, null);
            added.add(identity);
        } else if (answer != null && state == ConversationState.BOT) {
            MessageKind kind = refused ? MessageKind.REFUSAL : answer.kind() == Answer.Kind.ANSWER ? MessageKind.ANSWER : MessageKind.NO_ANSWER;
            Message reply = new Message(UUID.randomUUID(), sequence, MessageRole.ASSISTANT, kind, answer.text(), answer.sources(), now);
            repository.insert(id, reply, answer.confidence());
            added.add(reply);
        }
        repository.touch(id, now);
        updates.publish(id, state, locale, locked.handling().agentName(), added);
        return new Turn(state, added);
    }

    private Answer withheld(String locale) {
        metrics.counter("helder.answers.withheld").increment();
        return new Answer(Answer.Kind.NO_ANSWER, messages.getMessage("assistant.no-answer", null, Locale.forLanguageTag(locale)),
                List.of(), 0.0, List.of());
    }

    /** The polite answer to a message the injection guard blocked: no lecture, an offer of real help and of a person. */
    private Answer refusal(String locale) {
        metrics.counter("helder.input.refused").increment();
        return new Answer(Answer.Kind.NO_ANSWER, messages.getMessage("assistant.refusal", null, Locale.forLanguageTag(locale)),
                List.of(), 0.0, List.of());
    }

    /** The customer asks for a person (the button, or the API). */
    Turn requestHandoff(UUID id, String token) {
        authorize(id, token);
        return transaction.execute(status -> {
            Conversation locked = lockOpen(id).conversation();
            if (locked.state() != ConversationState.BOT) {
                return new Turn(locked.state(), List.of());
            }
            Instant now = clock.instant();
            Message handoff = handoffMessage(id, locked.locale(), HandoffReason.CUSTOMER_BUTTON,
                    repository.nextSequence(id), now);
            updates.publish(id, ConversationState.WAITING_FOR_AGENT, locked.locale(), null, List.of(handoff));
            return new Turn(ConversationState.WAITING_FOR_AGENT, List.of(handoff));
        });
    }

    /**
     * Queues the conversation for a person and stores the message that tells the customer what happens next:
     * how many wait before them, or, with nobody available, that they can leave a message.
     */
    private Message handoffMessage(UUID id, String locale, HandoffReason reason, int sequence, Instant now) {
        boolean available = availability.agentsAvailable(now);
        Locale language = Locale.forLanguageTag(locale);
        String text = messages.getMessage(available ? "handoff.available" : "handoff.offline", null, language);
        if (reason == HandoffReason.HIGH_RISK_TOPIC) {
            text = messages.getMessage("handoff.high-risk", null, language) + " " + text;
        }
        int ahead = available ? repository.waitingBefore(now) : 0;
        if (ahead > 0) {
            text = text + " " + messages.getMessage("handoff.queue", new Object[] {ahead}, language);
        }
        Message message = new Message(UUID.randomUUID(), sequence, MessageRole.ASSISTANT, MessageKind.HANDOFF, text, List.of(), now);
        repository.insert(id, message, null);
        repository.markWaiting(id, reason, now);
        events.publishEvent(new HandoffRequested(id, reason, available, now));
        metrics.counter("helder.handoffs", "reason", reason.name(), "available", Boolean.toString(available)).increment();
        return message;
    }

    /** Whether the customer should be offered to leave a message: waiting, nobody available, no ticket yet. */
    boolean offersTicket(UUID id, ConversationState state) {
        return state == ConversationState.WAITING_FOR_AGENT && !availability.agentsAvailable(clock.instant())
                && tickets.forConversation(id).isEmpty();
    }

    record TicketReceipt(String reference, Turn turn) {
    }

    /** The offline fallback: a message for a person, with a contact address for the reply. */
    TicketReceipt leaveMessage(UUID id, String token, String contact, String rawText) {
        Conversation conversation = authorize(id, token);
        String address = ContactAddress.validate(contact);
        String text = acceptText(id, rawText);
        String redacted = inputGuard.scan(text).redacted();
        return transaction.execute(status -> {
            ConversationRepository.StoredConversation locked = lockOpen(id);
            Instant now = clock.instant();
            HandoffReason reason = locked.handling().reason() == null ? HandoffReason.CUSTOMER_BUTTON : locked.handling().reason();
            Tickets.Ticket ticket = tickets.open(id, address, redacted, reason, now);
            int sequence = repository.nextSequence(id);
            Message customer = new Message(UUID.randomUUID(), sequence, MessageRole.CUSTOMER, MessageKind.TEXT, redacted, List.of(), now);
            repository.insert(id, customer, null);
            String receipt = messages.getMessage("handoff.ticket", new Object[] {ticket.reference()},
                    Locale.forLanguageTag(conversation.locale()));
            Message notice = new Message(UUID.randomUUID(), sequence + 1, MessageRole.ASSISTANT, MessageKind.NOTICE, receipt, List.of(), now);
            repository.insert(id, notice, null);
            if (locked.conversation().state() != ConversationState.WAITING_FOR_AGENT) {
                repository.markWaiting(id, reason, now);
            }
            events.publishEvent(new TicketOpened(id, ticket.reference(), now));
            updates.publish(id, ConversationState.WAITING_FOR_AGENT, conversation.locale(), null, List.of(customer, notice));
            return new TicketReceipt(ticket.reference(), new Turn(ConversationState.WAITING_FOR_AGENT, List.of(customer, notice)));
        });
    }

    /** Checks a customer text at the edge and takes a turn from the conversation's rate limit. */
    private String acceptText(UUID id, String rawText) {
        String text = MessageText.validate(rawText, properties.maxMessageChars());
        long wait = turnLimiter.acquire(id);
        if (wait > 0) {
            throw ConversationProblem.tooManyRequests("messages in this conversation", wait);
        }
        return text;
    }

    /**
     * Locks the conversation's row until the transaction ends, so writers append in order, and refuses a closed
     * one: its state may have changed since it was read outside the transaction.
     */
    private ConversationRepository.StoredConversation lockOpen(UUID id) {
        ConversationRepository.StoredConversation locked = repository.findForUpdate(id).orElseThrow(ConversationProblem::notFound);
        if (locked.conversation().state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        return locked;
    }

    private String notice(String type, String locale) {
        Locale language = Locale.forLanguageTag(locale);
        String name = messages.getMessage("privacy.type." + type, null, type, language);
        return messages.getMessage("privacy.notice", new Object[] {name}, language);
    }

    /** Checks the customer's token: a missing one is 401, a wrong one looks like an unknown conversation. */
    Conversation authorize(UUID id, String token) {
        return authorizeStored(id, token).conversation();
    }

    private ConversationRepository.StoredConversation authorizeStored(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw ConversationProblem.missingToken();
        }
        return repository.find(id)
                .filter(stored -> CustomerTokens.matches(token, stored.tokenHash()))
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
