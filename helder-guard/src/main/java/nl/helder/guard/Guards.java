package nl.helder.guard;

import nl.helder.guard.injection.InjectionGuard;
import nl.helder.guard.privacy.PrivacyGuard;
import nl.helder.guard.signals.ConversationSignals;

import java.util.Map;

/**
 * The guards Helder ships, assembled. Detectors are added here as they are built, so that the server and
 * the scanner always run the same set.
 */
public final class Guards {

    private Guards() {
    }

    /** The standard input guard with every detector this version of Helder has. */
    public static InputGuard standardInputGuard() {
        return standardInputGuard(Map.of());
    }

    /** The standard input guard, with a redaction style per type (placeholder for types not listed). */
    public static InputGuard standardInputGuard(Map<PersonalDataType, RedactionStyle> styles) {
        return standardInputGuard(styles, new ConversationSignals());
    }

    /**
     * The standard input guard with the given signal detector, so that a caller can ask the same detector other
     * questions ({@link ConversationSignals#asksWhatItTalksTo}) without loading its vocabulary and model twice.
     */
    public static InputGuard standardInputGuard(Map<PersonalDataType, RedactionStyle> styles, ConversationSignals signals) {
        InputGuard.Builder builder = InputGuard.builder()
                .personalData(PrivacyGuard.standard())
                .signals(signals)
                .injection(InjectionGuard.standard());
        styles.forEach(builder::redaction);
        return builder.build();
    }
}
