package nl.helder.guard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs the input guards over one customer message: personal-data detection and redaction, conversation
 * signals, and injection assessment. Thread-safe when its detectors are; build one and share it.
 *
 * <pre>{@code
 * InputGuard guard = InputGuard.builder()
 *         .personalData(myDetector)
 *         .signals(mySignalDetector)
 *         .injection(myInjectionDetector)
 *         .build();
 * InputScan scan = guard.scan("Mijn IBAN is NL91ABNA0417164300");
 * }</pre>
 *
 * <p>Signals and injection are assessed on the original text: redaction must not hide an attack or a
 * request for a person.
 */
public final class InputGuard {

    private final List<PersonalDataDetector> personalDataDetectors;
    private final List<SignalDetector> signalDetectors;
    private final InjectionDetector injectionDetector;
    private final Map<PersonalDataType, RedactionStyle> styles;

    private InputGuard(Builder builder) {
        this.personalDataDetectors = List.copyOf(builder.personalDataDetectors);
        this.signalDetectors = List.copyOf(builder.signalDetectors);
        this.injectionDetector = builder.injectionDetector;
        this.styles = Map.copyOf(builder.styles);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Scans one message. {@code text} must not be null; an empty text yields an empty scan. */
    public InputScan scan(String text) {
        Objects.requireNonNull(text, "text");
        List<PersonalDataFinding> raw = new ArrayList<>();
        for (PersonalDataDetector detector : personalDataDetectors) {
            raw.addAll(detector.detect(text));
        }
        List<PersonalDataFinding> findings = Redactor.resolveOverlaps(raw);
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        boolean asksWhatItTalksTo = false;
        for (SignalDetector detector : signalDetectors) {
            SignalDetector.Reading reading = detector.read(text);
            signals.addAll(reading.signals());
            asksWhatItTalksTo |= reading.asksWhatItTalksTo();
        }
        String redacted = Redactor.redact(text, findings, type -> styles.getOrDefault(type, RedactionStyle.PLACEHOLDER));
        return new InputScan(redacted, findings, signals, injectionDetector.assess(text), asksWhatItTalksTo);
    }

    /** Collects the detectors of an {@link InputGuard}; by default it has none and finds nothing. */
    public static final class Builder {
        private final List<PersonalDataDetector> personalDataDetectors = new ArrayList<>();
        private final List<SignalDetector> signalDetectors = new ArrayList<>();
        private InjectionDetector injectionDetector = text -> InjectionAssessment.NONE;
        private final Map<PersonalDataType, RedactionStyle> styles = new EnumMap<>(PersonalDataType.class);

        private Builder() {
        }

        public Builder personalData(PersonalDataDetector detector) {
            personalDataDetectors.add(Objects.requireNonNull(detector));
            return this;
        }

        public Builder signals(SignalDetector detector) {
            signalDetectors.add(Objects.requireNonNull(detector));
            return this;
        }

        public Builder injection(InjectionDetector detector) {
            injectionDetector = Objects.requireNonNull(detector);
            return this;
        }

        /** How spans of {@code type} are made unreadable; {@link RedactionStyle#PLACEHOLDER} by default. */
        public Builder redaction(PersonalDataType type, RedactionStyle style) {
            styles.put(Objects.requireNonNull(type), Objects.requireNonNull(style));
            return this;
        }

        public InputGuard build() {
            return new InputGuard(this);
        }
    }
}
