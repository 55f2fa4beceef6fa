package nl.helder.server.conversation.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.guard.InjectionAssessment;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InputScan;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Question;
import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.AnswerWithheld;
import nl.helder.server.conversation.Channel;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.ConversationStarted;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.DisclosureRecord;
import nl.helder.server.conversation.EmailConversations;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.InputRefused;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.conversation.PersonalDataRedacted;
import nl.helder.server.conversation.SignalsDetected;
import nl.helder.server.handoff.HandoffReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * An e-mail as a customer turn: the {@link InputGuard} and the {@link TurnPolicy} of the chat decide it; what the
 * decision means for a mail (send, draft, hand over, refuse) is worked out here, once. The turn is stored as a chat
 * turn is (the customer's redacted text, the hand-off, the audit events) except that the assistant's reply is not
 * stored until it is sent ({@link #replied}): a draft nobody approved never shows as an answer in the transcript.
 */
@Service
class EmailTurns implements EmailConversations {

    private static final int HISTORY = 6;
    /** The injection guard reads at most this much of each quoted history or attachment text (their start). */
    private static final int SCREENED_CHARS = 20_000;

    private final ConversationRepository repository;
    private final InputGuard inputGuard;
    private final TurnPolicy policy;
    private final HandoffMessages handoffs;
    private final KeptValues keptValues;
    private final ConversationUpdates updates;
    private final Disclosures disclosures;
    private final ConversationProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final nl.helder.server.handoff.AgentAvailability availability;

    EmailTurns(org.springframework.context.MessageSource messages, nl.helder.server.handoff.AgentAvailability availability, ConversationRepository repository, InputGuard inputGuard, TurnPolicy policy, HandoffMessages handoffs,
               KeptValues keptValues, ConversationUpdates updates, Disclosures disclosures, ConversationProperties properties,
               TransactionTemplate transaction, ApplicationEventPublisher events, MeterRegistry metrics, Clock clock) {
        this.messages = messages;
        this.availability = availability;
        this.repository = repository;
        this.inputGuard = inputGuard;
        this.policy = policy;
        this.handoffs = handoffs;
        this.keptValues = keptValues;
        this.updates = updates;
        this.disclosures = disclosures;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public EmailTurn receive(Incoming incoming, Consumer<EmailTurn> inTransaction) {
        Instant received = clock.instant();
        String locale = disclosures.resolveLocale(incoming.locale(), null);
        String text = incoming.text().length() > properties.maxMessageChars()
                ? incoming.text().substring(0, properties.maxMessageChars()) : incoming.text();
        Optional<ConversationRepository.StoredConversation> existing = incoming.conversationId() == null ? Optional.empty()
                : repository.find(incoming.conversationId())
                        .filter(stored -> stored.conversation().state() != ConversationState.CLOSED)
                        .filter(stored -> repository.erasedAt(stored.conversation().id()).isEmpty());
        UUID id = existing.map(stored -> stored.conversation().id()).orElseGet(UUID::randomUUID);
        if (existing.isPresent()) {
            locale = existing.get().conversation().locale();
        }
        String language = locale;
        ConversationState before = existing.map(stored -> stored.conversation().state()).orElse(ConversationState.BOT);
        InputScan scan = screened(inputGuard.scan(text), incoming.screened());
        boolean known = existing.isPresent();
        TurnOutcome outcome = policy.decide(before, scan, language,
                () -> question(id, known, scan.redacted(), language, received, incoming.scope()), draft -> { });
        Decision decision = decide(outcome, incoming.autoSend(),
                () -> question(id, known, scan.redacted(), language, received, incoming.scope()), language);
        Map<String, Integer> redacted = new TreeMap<>();
        scan.findings().forEach(finding -> redacted.merge(finding.type().name(), 1, Integer::sum));
        List<KeptValues.Original> originals = keptValues.toKeep(text, scan.findings());
        Set<String> signals = new TreeSet<>();
        scan.signals().forEach(signal -> signals.add(signal.name()));
        EmailTurn turn = transaction.execute(status -> {
            Instant now = clock.instant();
            if (!known) {
                open(id, language, now);
            }
            ConversationRepository.StoredConversation locked = repository.findForUpdate(id).orElseThrow();
            ConversationState state = locked.conversation().state();
            int sequence = repository.nextSequence(id);
            List<Message> added = new ArrayList<>();
            Message customer = new Message(UUID.randomUUID(), sequence++, MessageRole.CUSTOMER, MessageKind.TEXT, scan.redacted(),
                    List.of(), now);
            repository.insert(id, customer, null);
            added.add(customer);
            if (!redacted.isEmpty()) {
                events.publishEvent(new PersonalDataRedacted(id, Map.copyOf(redacted), now));
            }
            keptValues.store(id, originals, now);
            if (!signals.isEmpty()) {
                events.publishEvent(new SignalsDetected(id, Set.copyOf(signals), now));
            }
            Decision stored = decision;
            // A person took the conversation over since the decision: then the e-mail is theirs.
            if (state != ConversationState.BOT && stored.disposition() != Disposition.FOR_PERSON) {
                stored = new Decision(Disposition.FOR_PERSON, null, null);
            }
            if (stored.disposition() == Disposition.HANDED_OVER) {
                added.add(handoffs.handOver(id, language, stored.handoff(), sequence, now, null)); // e-mail feeds no gap list
                state = ConversationState.WAITING_FOR_AGENT;
            } else if (stored.disposition() == Disposition.DRAFT) {
                // Queued for a person without a message to the customer: nothing is sent until someone approves.
                repository.markWaiting(id, HandoffReason.EMAIL_REVIEW, now);
                events.publishEvent(new HandoffRequested(id, HandoffReason.EMAIL_REVIEW, availability.agentsAvailable(now), now));
                state = ConversationState.WAITING_FOR_AGENT;
            }
            evidence(id, outcome, now);
            repository.touch(id, now);
            updates.publish(id, state, language, locked.handling().agentName(), added);
            EmailTurn result = new EmailTurn(id, !known, stored.disposition(), scan.redacted(), stored.answer(),
                    stored.disposition() == Disposition.DRAFT ? HandoffReason.EMAIL_REVIEW : stored.handoff(), state, Set.copyOf(signals),
                    language);
            inTransaction.accept(result);
            return result;
        });
        metrics.counter("helder.email.turns", "disposition", turn.disposition().name()).increment();
        return turn;
    }

    private record Decision(Disposition disposition, Answer answer, HandoffReason handoff) {
    }

    /**
     * What the policy's outcome means for an e-mail: a confident answer is sent in AUTO mode and drafted otherwise;
     * when unsure, the best suggested article's answer is drafted (never sent); a signal or no answer hands over.
     */
    private Decision decide(TurnOutcome outcome, boolean autoSend, java.util.function.Supplier<Question> question, String locale) {
        if (outcome instanceof TurnOutcome.ForPerson) {
            return new Decision(Disposition.FOR_PERSON, null, null);
        }
        if (outcome instanceof TurnOutcome.HandedOver handedOver) {
            return new Decision(Disposition.HANDED_OVER, handedOver.information(), handedOver.reason());
        }
        if (outcome instanceof TurnOutcome.Refused) {
            return new Decision(Disposition.REFUSED, null, null);
        }
        if (outcome instanceof TurnOutcome.Answered answered) {
            return new Decision(autoSend ? Disposition.SEND : Disposition.DRAFT, answered.answer(), null);
        }
        if (outcome instanceof TurnOutcome.IdentityAnswered identity) {
            return new Decision(autoSend ? Disposition.SEND : Disposition.DRAFT, identity.identity(), null);
        }
        if (outcome instanceof TurnOutcome.Suggested suggested) {
            Source best = suggested.suggestions().sources().get(0);
            TurnOutcome chosen = policy.chosen(question.get(), best, locale);
            if (chosen instanceof TurnOutcome.Answered answered) {
                return new Decision(Disposition.DRAFT, answered.answer(), null);
            }
        }
        return new Decision(Disposition.HANDED_OVER, null, HandoffReason.EMAIL_REVIEW);
    }

    /** The guard's scan of the text, refused as well when the quoted history or an attachment tries to steer. */
    private InputScan screened(InputScan scan, List<String> screened) {
        InjectionAssessment worst = scan.injection();
        for (String other : screened) {
            if (worst.blocked()) {
                break;
            }
            String part = other.length() > SCREENED_CHARS ? other.substring(0, SCREENED_CHARS) : other;
            InjectionAssessment assessment = inputGuard.scan(part).injection();
            if (assessment.blocked()) {
                List<String> reasons = new ArrayList<>();
                reasons.add("in quoted text or an attachment");
                reasons.addAll(assessment.reasons());
                worst = new InjectionAssessment(assessment.score(), true, reasons);
            }
        }
        return worst == scan.injection() ? scan : new InputScan(scan.redacted(), scan.findings(), scan.signals(), worst,
                scan.asksWhatItTalksTo());
    }

    private Question question(UUID id, boolean known, String redacted, String locale, Instant received, java.util.Set<String> scope) {
        return new Question(redacted, locale, id, known ? Question.readWhenAsked(() -> repository.recentTurns(id, HISTORY)) : List.of(), received, scope);
    }

    /** Opens the conversation on the e-mail channel with the AI disclosure, as a chat opens. */
    private void open(UUID id, String locale, Instant now) {
        Conversation conversation = new Conversation(id, ConversationState.BOT, locale, now, now);
        // The AI disclosure as every AI-written e-mail of this conversation opens with it.
        String text = messages.getMessage("email.disclosure", null, disclosures.message(locale), java.util.Locale.forLanguageTag(locale));
        // E-mail customers hold no token: the hash of a random one nobody gets keeps the customer API closed to them.
        repository.insert(conversation, CustomerTokens.hash(CustomerTokens.newToken()), Channel.EMAIL);
        repository.insert(id, new Message(UUID.randomUUID(), 1, MessageRole.ASSISTANT, MessageKind.DISCLOSURE, text, List.of(), now), null);
        repository.insertDisclosure(new DisclosureRecord(id, locale, text, disclosures.banner(locale), now, null));
        events.publishEvent(new ConversationStarted(id, locale, now));
        metrics.counter("helder.conversations.started", "locale", locale).increment();
    }

    private void evidence(UUID id, TurnOutcome outcome, Instant now) {
        if (outcome instanceof TurnOutcome.Refused refused) {
            events.publishEvent(new InputRefused(id, refused.injection().score(), refused.injection().reasons(), now));
        } else if (outcome instanceof TurnOutcome.Withheld withheld) {
            events.publishEvent(new AnswerWithheld(id, withheld.checks(), now));
        }
    }

    @Override
    public void replied(UUID conversationId, String text, List<Source> sources, String checkedBy) {
        transaction.executeWithoutResult(status -> {
            ConversationRepository.StoredConversation locked = repository.findForUpdate(conversationId).orElseThrow();
            Instant now = clock.instant();
            Message sent = new Message(UUID.randomUUID(), repository.nextSequence(conversationId), MessageRole.ASSISTANT,
                    MessageKind.ANSWER, text, sources, now);
            repository.insert(conversationId, sent, null);
            ConversationState state = locked.conversation().state();
            if (checkedBy != null && state == ConversationState.WAITING_FOR_AGENT
                    && locked.handling().reason() == HandoffReason.EMAIL_REVIEW) {
                repository.release(conversationId, now);
                state = ConversationState.BOT;
            } else {
                repository.touch(conversationId, now);
            }
            updates.publish(conversationId, state, locked.conversation().locale(), locked.handling().agentName(), List.of(sent));
        });
    }

    @Override
    public String redact(String text) {
        return inputGuard.scan(text).redacted();
    }

    @Override
    public Optional<Channel> channelOf(UUID conversationId) {
        return repository.channel(conversationId);
    }
}
