package nl.helder.server.conversation.internal;

import nl.helder.server.storage.TimeOrderedIds;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InputScan;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Question;
import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.AnswerWithheld;
import nl.helder.server.conversation.Conversation;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.HandoffRequested;
import nl.helder.server.conversation.InputRefused;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import nl.helder.server.conversation.MessageRole;
import nl.helder.server.conversation.PersonalDataRedacted;
import nl.helder.server.conversation.QuestionReplied;
import nl.helder.server.conversation.SignalsDetected;
import nl.helder.server.conversation.SuggestionChosen;
import nl.helder.server.handoff.HandoffReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
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
import java.util.TreeSet;
import java.util.UUID;

/**
 * A customer's turn: the message is checked and redacted, {@link TurnPolicy} decides what it leads to, and the
 * turn is stored as decided. The slow part (guards, retrieval, a language model) runs outside the transaction;
 * the transaction locks the conversation, re-checks its state and appends the turn, so a turn is stored whole or
 * not at all. Also the customer's pick among suggested articles.
 */
@Service
class CustomerTurns {

    /** How many earlier messages an assistant sees: enough for "and what about the other one?", no more. */
    private static final int HISTORY = 6;

    private final ConversationAccess access;
    private final ConversationRepository repository;
    private final InputGuard inputGuard;
    private final TurnPolicy policy;
    private final HandoffMessages handoffs;
    private final KeptValues keptValues;
    private final ConversationUpdates updates;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;

    CustomerTurns(ConversationAccess access, ConversationRepository repository, InputGuard inputGuard, TurnPolicy policy,
                  HandoffMessages handoffs, KeptValues keptValues, ConversationUpdates updates, MessageSource messages,
                  TransactionTemplate transaction, ApplicationEventPublisher events, MeterRegistry metrics, Clock clock) {
        this.access = access;
        this.repository = repository;
        this.inputGuard = inputGuard;
        this.policy = policy;
        this.handoffs = handoffs;
        this.keptValues = keptValues;
        this.updates = updates;
        this.messages = messages;
        this.transaction = transaction;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    Turn post(UUID id, String token, String rawText) {
        Instant received = clock.instant();
        Conversation conversation = access.authorize(id, token);
        String text = access.acceptText(id, rawText);
        if (conversation.state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        InputScan scan = inputGuard.scan(text);
        String locale = conversation.locale();
        TurnOutcome outcome = policy.decide(conversation.state(), scan, locale,
                () -> new Question(scan.redacted(), locale, id, Question.readWhenAsked(() -> repository.recentTurns(id, HISTORY)), received),
                draft -> updates.draft(id, draft));
        Map<String, Integer> redacted = new TreeMap<>();
        scan.findings().forEach(finding -> redacted.merge(finding.type().name(), 1, Integer::sum));
        List<KeptValues.Original> originals = keptValues.toKeep(text, scan.findings());
        Set<String> signals = new TreeSet<>();
        scan.signals().forEach(signal -> signals.add(signal.name()));
        Turn turn = transaction.execute(status -> {
            Turn appended = append(id, locale, scan.redacted(), redacted, outcome);
            keptValues.store(id, originals, clock.instant());
            if (!signals.isEmpty()) {
                events.publishEvent(new SignalsDetected(id, Set.copyOf(signals), clock.instant()));
            }
            evidence(id, outcome);
            return appended;
        });
        signals.forEach(signal -> metrics.counter("helder.signals", "signal", signal).increment());
        count(outcome);
        return turn;
    }

    /** The customer picked article {@code choice} of the suggestions message {@code messageId}. */
    Turn choose(UUID id, String token, UUID messageId, int choice) {
        Instant received = clock.instant();
        Conversation conversation = access.authorize(id, token);
        access.takeTurn(id);
        if (conversation.state() == ConversationState.CLOSED) {
            throw ConversationProblem.closed();
        }
        ConversationRepository.Offered offered = repository.suggestions(id, messageId).orElseThrow(ConversationProblem::suggestionNotFound);
        List<Source> sources = offered.suggestions().sources();
        if (choice < 0 || choice >= sources.size()) {
            throw ConversationProblem.invalidChoice(choice, sources.size());
        }
        Source chosen = sources.get(choice);
        String locale = conversation.locale();
        TurnOutcome outcome = conversation.state() != ConversationState.BOT ? new TurnOutcome.ForPerson()
                : policy.chosen(new Question(offered.question(), locale, id, Question.readWhenAsked(() -> repository.recentTurns(id, HISTORY)), received), chosen, locale);
        Turn turn = transaction.execute(status -> {
            ConversationRepository.StoredConversation locked = access.lockOpen(id);
            ConversationState state = locked.conversation().state();
            Instant now = clock.instant();
            List<Message> added = new ArrayList<>();
            if (state == ConversationState.BOT) {
                store(id, outcome.replies(), repository.nextSequence(id), now, added);
                events.publishEvent(new SuggestionChosen(id, choice, chosen.title(), chosen.url(), now));
                evidence(id, outcome);
            }
            repository.touch(id, now);
            updates.publish(id, state, locale, locked.handling().agentName(), added);
            return new Turn(state, added);
        });
        count(outcome);
        return turn;
    }

    private Turn append(UUID id, String locale, String redactedText, Map<String, Integer> redacted, TurnOutcome outcome) {
        // The lock (setting the conversation's activity time), then the conversation, the next sequence number, the
        // notices shown and the newest replies' kinds. The messages' time is taken once the lock is held, so it grows
        // with their sequence numbers.
        ConversationRepository.TurnStart start = access.lockOpenForTurn(id, clock.instant());
        ConversationRepository.StoredConversation locked = start.stored();
        ConversationState state = locked.conversation().state();
        Instant now = clock.instant();
        int sequence = start.nextSequence();
        List<Message> added = new ArrayList<>();
        Message customer = new Message(TimeOrderedIds.next(), sequence++, MessageRole.CUSTOMER, MessageKind.TEXT, redactedText, List.of(), now);
        repository.insert(id, customer, null);
        added.add(customer);
        if (!redacted.isEmpty()) {
            // Each type is explained once per conversation, kindly, in the customer's language.
            Set<String> shown = start.noticesShown();
            for (String type : redacted.keySet()) {
                if (!shown.contains(type)) {
                    Message notice = new Message(TimeOrderedIds.next(), sequence++, MessageRole.ASSISTANT, MessageKind.NOTICE,
                            notice(type, locale), List.of(), now);
                    repository.insert(id, notice, null);
                    repository.insertNotice(id, type, now);
                    added.add(notice);
                }
            }
            events.publishEvent(new PersonalDataRedacted(id, Map.copyOf(redacted), now));
        }
        // The state may have changed since the outcome was decided (a person took over): then a person answers.
        if (state == ConversationState.BOT) {
            replied(id, redactedText, locale, outcome, now);
            HandoffReason handoff = outcome.handoff();
            if (handoff == null && outcome.unanswered() && policy.handsOverAfter(ConversationRepository.trailingNoAnswers(start.recentAssistantKinds()))) {
                handoff = HandoffReason.REPEATED_NO_ANSWER;
            }
            if (handoff == null) {
                sequence = store(id, outcome.replies(), sequence, now, added);
            } else {
                // The answer this hand-off follows is the reply before the customer's message, not the information
                // given with the hand-off itself; read only when the newest reply was an answer.
                HandoffRequested.AnsweredQuestion afterAnswer = start.recentAssistantKinds().isEmpty()
                        || !start.recentAssistantKinds().get(0).equals(MessageKind.ANSWER.name()) ? null
                        : repository.answerBefore(id, customer.sequence(), locale).orElse(null);
                sequence = store(id, outcome.beforeHandoff(), sequence, now, added);
                added.add(handoffs.handOver(id, locale, handoff, sequence, now, afterAnswer));
                state = ConversationState.WAITING_FOR_AGENT;
            }
        }
        updates.publish(id, state, locale, locked.handling().agentName(), added); // updated_at: set by the lock
        return new Turn(state, added);
    }

    /** Stores the assistant's messages in order; returns the next sequence number. */
    private int store(UUID id, List<TurnOutcome.Reply> replies, int sequence, Instant now, List<Message> added) {
        for (TurnOutcome.Reply reply : replies) {
            Answer answer = reply.answer();
            Message message = new Message(TimeOrderedIds.next(), sequence++, MessageRole.ASSISTANT, reply.kind(), answer.text(),
                    answer.sources(), now);
            repository.insert(id, message, reply.kind() == MessageKind.ANSWER || reply.kind() == MessageKind.SUGGESTIONS
                    || reply.kind() == MessageKind.NO_ANSWER ? answer.confidence() : null);
            added.add(message);
        }
        return sequence;
    }

    /** What the assistant replied to the question, for the knowledge base's gap list; before any hand-off it leads to. */
    private void replied(UUID id, String question, String locale, TurnOutcome outcome, Instant now) {
        QuestionReplied.Reply reply;
        Answer answer;
        if (outcome instanceof TurnOutcome.Answered answered) {
            reply = QuestionReplied.Reply.ANSWER;
            answer = answered.answer();
        } else if (outcome instanceof TurnOutcome.Suggested suggested) {
            reply = QuestionReplied.Reply.SUGGESTIONS;
            answer = suggested.suggestions();
        } else if (outcome instanceof TurnOutcome.NotAnswered notAnswered) {
            reply = QuestionReplied.Reply.NO_ANSWER;
            answer = notAnswered.noAnswer();
        } else if (outcome instanceof TurnOutcome.Withheld withheld) {
            reply = QuestionReplied.Reply.WITHHELD;
            answer = withheld.noAnswer();
        } else {
            return;
        }
        events.publishEvent(new QuestionReplied(id, question, locale, reply, answer.confidence(), answer.sources(), now));
    }

    /** The audit trail's record of a refused message or a withheld answer, in the turn's transaction. */
    private void evidence(UUID id, TurnOutcome outcome) {
        if (outcome instanceof TurnOutcome.Refused refused) {
            events.publishEvent(new InputRefused(id, refused.injection().score(), refused.injection().reasons(), clock.instant()));
        } else if (outcome instanceof TurnOutcome.Withheld withheld) {
            events.publishEvent(new AnswerWithheld(id, withheld.checks(), clock.instant()));
        }
    }

    private void count(TurnOutcome outcome) {
        if (outcome.metric() != null) {
            metrics.counter("helder.turns", "outcome", outcome.metric()).increment();
        }
    }

    private String notice(String type, String locale) {
        Locale language = Locale.forLanguageTag(locale);
        String name = messages.getMessage("privacy.type." + type, null, type, language);
        return messages.getMessage("privacy.notice", new Object[] {name}, language);
    }
}
