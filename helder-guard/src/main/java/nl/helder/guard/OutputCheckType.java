package nl.helder.guard;

/** What a check of an outgoing answer found. */
public enum OutputCheckType {
    /** False urgency or scarcity, pressure, guilt or shaming, or exploiting a vulnerability (AI Act Art. 5(1)(a)-(b)). */
    MANIPULATION,
    /** The answer claims to be written by a person (AI Act Art. 50(1)). */
    CLAIMS_HUMAN,
    /** The answer contains a canary, a secret or instruction text that must never reach a customer. */
    LEAK,
    /** The answer states something (a sentence, a price, a promise) its sources do not support. */
    UNGROUNDED
}
