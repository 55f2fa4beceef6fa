package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import nl.helder.guard.SignalDetector;

import java.util.EnumSet;
import java.util.Set;

import static nl.helder.guard.signals.Concept.*;

/**
 * Recognises what a customer message says about the conversation, in Dutch, English, German and French:
 * a request for a person ({@link Signal#HUMAN_REQUEST}), a complaint or dispute ({@link Signal#COMPLAINT}),
 * a matter the assistant must not decide ({@link Signal#HIGH_RISK_TOPIC}) and frustration
 * ({@link Signal#FRUSTRATION}).
 *
 * <p>The message is first tagged with word concepts ({@link Lexicon}, {@code signal-concepts.txt}); the rules
 * below combine concepts by meaning rather than by phrase: a request for a person is a person or "someone" with a
 * contact verb, a wish or a please, a call-back, a call verb aimed at the customer, or a transfer, each unless
 * negated ("please don't call me"); a complaint is an explicit complaint or a judgement that is not negated or
 * resolved ("no complaints", "klacht is opgelost"), or a failure plus repetition, duration or a bill, an objection
 * to a charge, a threat to leave, a legal step or a demand for compensation; frustration is a sigh, an insult,
 * not being understood, having said it before, being fed up, swearing, or emphasis (capitals, "!!", "??")
 * without thanks or praise; a high-risk matter is payment trouble (also by its cause), an insurance claim or
 * damage to be reported, a legal step, a job or internship application, a threatened disconnection, a death,
 * dependence on medical care, or a crisis. {@link SignalModel} then adds what a statistical model trained on
 * labelled messages finds. Linear in the message (bounded windows, at most {@value TaggedMessage#MAX_WORDS}
 * words). Stateless and thread-safe.
 */
public final class ConversationSignals implements SignalDetector {

    private final Lexicon lexicon;
    private final SignalModel model;

    public ConversationSignals() {
        this(Lexicon.standard(), SignalModel.standard());
    }

    ConversationSignals(Lexicon lexicon, SignalModel model) {
        this.lexicon = lexicon;
        this.model = model;
    }

    @Override
    public Set<Signal> detect(String text) {
        return signals(TaggedMessage.of(text, lexicon));
    }

    /** The signals and the identity question from one tagging of the message (the input guard asks both). */
    @Override
    public Reading read(String text) {
        TaggedMessage message = TaggedMessage.of(text, lexicon);
        return new Reading(signals(message), IdentityQuestions.asksWhatItTalksTo(message));
    }

    private Set<Signal> signals(TaggedMessage message) {
        Set<Signal> signals = rules(message);
        if (model != null) {
            model.addDetected(message, signals);
        }
        if (IdentityQuestions.onlyAsksWhatItTalksTo(message)) {
            signals.remove(Signal.HUMAN_REQUEST); // "praat ik met een mens?" is answered, not handed over
        }
        return signals;
    }

    /**
     * Whether the customer asks what they are talking to: a person or a machine ("ben jij een mens?", "are you a bot?",
     * "met wie spreek ik?", "bist du ein Mensch?", "es-tu un robot ?"), in a short message. The assistant must then say
     * plainly that it is an AI (AI Act Art. 50(1)). The same judgement keeps such a question from counting as a request
     * for a person in {@link #detect}. Linear in the text's length.
     */
    public boolean asksWhatItTalksTo(String text) {
        return IdentityQuestions.asksWhatItTalksTo(TaggedMessage.of(text, lexicon));
    }

    /** The signals the rules alone find. */
    static Set<Signal> rules(TaggedMessage message) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (PersonRequests.asksForPerson(message)) {
            signals.add(Signal.HUMAN_REQUEST);
        }
        if (Complaints.complains(message)) {
            signals.add(Signal.COMPLAINT);
        }
        if (HighRiskTopics.isHighRisk(message)) {
            signals.add(Signal.HIGH_RISK_TOPIC);
        }
        if (Frustration.isFrustrated(message)) {
            signals.add(Signal.FRUSTRATION);
        }
        return signals;
    }
}
