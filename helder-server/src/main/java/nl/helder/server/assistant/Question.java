package nl.helder.server.assistant;

import java.util.Objects;

/**
 * What the assistant is asked.
 *
 * @param text   the customer's message, already redacted by the privacy guard
 * @param locale the conversation's language
 */
public record Question(String text, String locale) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
    }
}
