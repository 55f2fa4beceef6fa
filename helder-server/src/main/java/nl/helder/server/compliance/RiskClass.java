package nl.helder.server.compliance;

/** The AI Act's risk classes, most severe first. */
public enum RiskClass {
    /** A prohibited practice (Art. 5): it must not be used. */
    PROHIBITED,
    /** High-risk (Art. 6, Annex I and III): the deployer obligations of Art. 26 (and 27) apply. */
    HIGH_RISK,
    /** Transparency obligations (Art. 50), e.g. a chatbot must say it is an AI. */
    TRANSPARENCY,
    /** None of the above; AI literacy (Art. 4) still applies. */
    MINIMAL
}
