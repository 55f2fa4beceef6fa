package nl.helder.guard;

/** What a customer message says about the conversation, beyond its question. Names are part of the scan contract. */
public enum Signal {
    /** The customer asks for a person, in any phrasing. */
    HUMAN_REQUEST,
    /** A complaint, dispute or legal threat. */
    COMPLAINT,
    /** A matter the assistant must not decide (AI Act Annex III areas, vulnerable situations). */
    HIGH_RISK_TOPIC,
    /** The customer is frustrated with the assistant. */
    FRUSTRATION
}
