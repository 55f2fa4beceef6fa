package nl.helder.server.conversation;

import nl.helder.guard.PersonalDataType;
import nl.helder.guard.RedactionStyle;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * How each type of personal data is made unreadable before anything stores, logs or sends it, e.g.
 * {@code helder.privacy.redaction.IBAN=partial} for {@code NL** **** **** **43 00}. Types not listed get
 * their placeholder ({@code [IBAN]}). Originals are never kept.
 *
 * @param redaction the style per type
 */
@ConfigurationProperties("helder.privacy")
public record RedactionProperties(Map<PersonalDataType, RedactionStyle> redaction) {

    public RedactionProperties {
        redaction = redaction == null ? Map.of() : Map.copyOf(redaction);
    }
}
