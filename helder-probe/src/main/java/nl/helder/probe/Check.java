package nl.helder.probe;

/** One compliance check against a chatbot, with the rule it rests on. Each opens its own conversations. */
public interface Check {

    /** The check id of the report contract: DISCLOSURE, HUMAN_HANDOFF, CLAIMS_HUMAN, INJECTION, PII_ECHO, MANIPULATION, HIGH_RISK. */
    String id();

    String rule();

    CheckResult run(ChatAdapter bot);
}
