package nl.helder.server.conversation.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.guard.InputScan;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.Question;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.handoff.HandoffReason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Decides what a customer message leads to, in one place and in this order:
 * <ol>
 *   <li>a person handles the conversation: they answer, not the assistant;</li>
 *   <li>a signal that hands over (a request for a person, a complaint, a high-risk matter, frustration): a person,
 *       and for a complaint or a high-risk matter also the approved article's information when one answers it
 *       (quoted, never decided: the output guard stops promises and anything its source does not carry);</li>
 *   <li>an attempt to steer the assistant: a polite refusal (a request for a person in it was honoured above);</li>
 *   <li>"are you a person?": a plain answer that it is an AI;</li>
 *   <li>otherwise the assistant: an answer that passes the output guard, articles to choose from, or "I don't know".</li>
 * </ol>
 */
@Component
class TurnPolicy {

    /** Hand-overs in which the customer also gets the approved facts while waiting. */
    private static final Set<HandoffReason> INFORMED = EnumSet.of(HandoffReason.HIGH_RISK_TOPIC, HandoffReason.COMPLAINT);

    private final Assistant assistant;
    private final OutputGuard outputGuard;
    private final HandoffPolicy handoffPolicy;
    private final MessageSource messages;
    private final MeterRegistry metrics;
    /**
     * The guard's verdicts on answers it has seen, with the same sources. The guard is a pure function of the two,
     * and a retrieval answer is an article's text: the same few hundred answers come back all day, and reviewing
     * one costs about as much as the rest of the turn's CPU (the profile in the README). Bounded by characters
     * (about 16 MB of text); an answer a language model wrote is rarely seen twice and simply misses. Entries expire
     * after ten minutes: a language model's answer may echo what a customer typed, and it must not outlive the
     * conversation's erasure in memory for long.
     */
    private final Cache<Reviewed, OutputReview> reviews = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .expireAfterWrite(java.time.Duration.ofMinutes(10))
            .weigher((Reviewed key, OutputReview review) -> key.weight())
            .build();

    /** An answer and the passages it was written from: what the output guard's verdict depends on. */
    private record Reviewed(String answer, List<String> passages) {
        int weight() {
            return answer.length() + passages.stream().mapToInt(String::length).sum();
        }
    }

    TurnPolicy(Assistant assistant, OutputGuard outputGuard, HandoffPolicy handoffPolicy, MessageSource messages, MeterRegistry metrics) {
        this.assistant = assistant;
        this.outputGuard = outputGuard;
        this.handoffPolicy = handoffPolicy;
        this.messages = messages;
        this.metrics = metrics;
    }

    /**
     * @param question asked only when the assistant is consulted (it reads the conversation's recent turns)
     * @param preview  receives the answer so far while a language model writes it
     */
    TurnOutcome decide(ConversationState state, InputScan scan, String locale, Supplier<Question> question,
                       Consumer<String> preview) {
        if (state != ConversationState.BOT) {
            return new TurnOutcome.ForPerson();
        }
        HandoffReason signalled = handoffPolicy.fromSignals(scan.signals());
        if (signalled != null) {
            return new TurnOutcome.HandedOver(signalled, INFORMED.contains(signalled) ? information(question.get()) : null);
        }
        if (scan.injection().blocked()) {
            metrics.counter("helder.input.refused").increment();
            return new TurnOutcome.Refused(scan.injection(), reply(Answer.Kind.NO_ANSWER, "assistant.refusal", locale));
        }
        // The input guard's signal detector read it with the signals (one judgement, one tagging of the message).
        if (scan.asksWhatItTalksTo()) {
            return new TurnOutcome.IdentityAnswered(reply(Answer.Kind.NO_ANSWER, "assistant.identity", locale));
        }
        Answer proposed = assistant.answer(question.get(), preview);
        return switch (proposed.kind()) {
            case ANSWER -> reviewed(proposed, locale);
            case SUGGESTIONS -> new TurnOutcome.Suggested(proposed);
            case NO_ANSWER -> new TurnOutcome.NotAnswered(proposed);
        };
    }

    /** An answer from the article the customer chose among suggestions, through the same output guard. */
    TurnOutcome chosen(Question question, nl.helder.server.assistant.Source source, String locale) {
        Answer answer = assistant.answerFrom(question, source);
        return answer.kind() == Answer.Kind.ANSWER ? reviewed(answer, locale) : new TurnOutcome.NotAnswered(answer);
    }

    /** Whether a "don't know" hands over, given how many unanswered replies came right before it. */
    boolean handsOverAfter(int unansweredBefore) {
        return handoffPolicy.handsOverAfterNoAnswer(unansweredBefore);
    }

    private TurnOutcome reviewed(Answer answer, String locale) {
        OutputReview review = review(answer);
        if (!review.blocked()) {
            return new TurnOutcome.Answered(answer);
        }
        metrics.counter("helder.answers.withheld").increment();
        Set<String> checks = review.checks().stream().map(check -> check.type().name()).collect(Collectors.toCollection(TreeSet::new));
        return new TurnOutcome.Withheld(checks, reply(Answer.Kind.NO_ANSWER, "assistant.no-answer", locale));
    }

    /** The approved answer for a sensitive matter, or null when no article answers it or the guard stops it. */
    private Answer information(Question question) {
        Answer answer = assistant.answer(question);
        if (answer.kind() != Answer.Kind.ANSWER || review(answer).blocked()) {
            return null;
        }
        return answer;
    }

    private OutputReview review(Answer answer) {
        List<String> passages = answer.passages() == null ? List.of() : List.copyOf(answer.passages());
        return reviews.get(new Reviewed(answer.text(), passages), key -> outputGuard.review(key.answer(), key.passages()));
    }

    private Answer reply(Answer.Kind kind, String key, String locale) {
        return new Answer(kind, messages.getMessage(key, null, Locale.forLanguageTag(locale)), List.of(), 0.0, List.of());
    }
}
