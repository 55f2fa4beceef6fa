package nl.helder.guard;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link InputGuard#scan(String)} for one customer message.
 *
 * @param redacted  the text with every finding replaced by its placeholder; this is the text to store, log,
 *                  index or send to a model
 * @param findings  the personal data found, sorted by start, without overlaps
 * @param signals   the conversation signals recognised
 * @param injection the prompt-injection assessment
 */
public record InputScan(String redacted, List<PersonalDataFinding> findings, Set<Signal> signals,
                        InjectionAssessment injection) {

    public InputScan {
        Objects.requireNonNull(redacted, "redacted");
        findings = List.copyOf(findings);
        signals = Set.copyOf(signals);
        Objects.requireNonNull(injection, "injection");
    }

    /** Whether any personal data was found. */
    public boolean hasPersonalData() {
        return !findings.isEmpty();
    }
}
