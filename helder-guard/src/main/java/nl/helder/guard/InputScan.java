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
 * @param asksWhatItTalksTo the customer asks whether they talk to a person or a machine ({@link SignalDetector.Reading})
 */
public record InputScan(String redacted, List<PersonalDataFinding> findings, Set<Signal> signals,
                        InjectionAssessment injection, boolean asksWhatItTalksTo) {

    public InputScan {
        Objects.requireNonNull(redacted, "redacted");
        findings = List.copyOf(findings);
        signals = Set.copyOf(signals);
        Objects.requireNonNull(injection, "injection");
    }

    /** A scan built by hand, for callers that assemble one themselves: the customer did not ask what they talk to. */
    public InputScan(String redacted, List<PersonalDataFinding> findings, Set<Signal> signals, InjectionAssessment injection) {
        this(redacted, findings, signals, injection, false);
    }

    /** Whether any personal data was found. */
    public boolean hasPersonalData() {
        return !findings.isEmpty();
    }
}
