package nl.helder.guard.signals;

/**
 * The word concepts the signal rules are written in; their words, word beginnings and phrases, in four languages,
 * are in {@code signal-concepts.txt}. At most 63 (a message's concepts are one bit each of a {@code long}; the
 * last bit marks the first word of a phrase).
 */
enum Concept {
    PERSON, SOMEONE, REAL, CONTACT, WITH_ME, CALL, ME, CALLBACK, TRANSFER, WISH, MODAL, FIRST_PERSON, PLEASE,
    EXISTENTIAL, BOT, NEGATION, ON_THE_LINE,
    COMPLAINT_WORD, JUDGEMENT, SWITCH, FAILURE, AGAIN, NUMBER, ORDINAL, TIMES, PERIOD, STILL_NOT, WAIT,
    CHARGE_OBJECTION, BILL, RESOLVED, COMPENSATION, DAMAGE_BY, SLOW, YOU, OUTRAGE,
    SIGH, REPEAT_SAID, SAY, INSULT, NOT_UNDERSTOOD, FED_UP, SWEARING, POSITIVE,
    MONEY_TROUBLE, INABILITY, PAY, INSURANCE_CLAIM, INCIDENT, DAMAGE, INSURANCE, REPORT, LEGAL, JOB, APPLY, JOB_WORD,
    DISCONNECT, UTILITY, THREAT, DEATH, NOT_A_PERSON, HEALTH, CRISIS;

    final long bit() {
        return 1L << ordinal();
    }
}
