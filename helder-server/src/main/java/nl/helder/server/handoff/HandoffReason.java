package nl.helder.server.handoff;

/** Why a conversation is handed to a person; recorded with every hand-off. */
public enum HandoffReason {
    /** The customer pressed "talk to a person" (or called the API). */
    CUSTOMER_BUTTON,
    /** The customer asked for a person in words. */
    HUMAN_REQUEST,
    /** A complaint or dispute. */
    COMPLAINT,
    /** A matter the assistant must not decide (AI Act Annex III areas, vulnerable situations). */
    HIGH_RISK_TOPIC,
    /** The customer is frustrated with the assistant. */
    FRUSTRATION,
    /** The assistant could not answer twice in a row. */
    REPEATED_NO_ANSWER,
    /**
     * An e-mail the assistant did not answer on its own: its draft waits for a person's approval, or it found no
     * answer to draft.
     */
    EMAIL_REVIEW
}
