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
        InputGuard.Builder builder = InputGuard.builder()
                .personalData(PrivacyGuard.standard())
                .signals(new ConversationSignals())
                .injection(InjectionGuard.standard());
        styles.forEach(builder::redaction);
        return builder.build();
    }
}
