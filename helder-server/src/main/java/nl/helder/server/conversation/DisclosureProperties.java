package nl.helder.server.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AI disclosure (AI Act Art. 50(1)): the message that opens every conversation and the banner the
 * widget shows from the first moment. The wording is configurable per language; switching it off is not:
 * a configuration that tries, or that leaves a language without a text that names AI, stops the start.
 *
 * @param enabled must stay true; present only so that setting it to false fails loudly instead of silently
 * @param message per language, the opening message
 * @param banner  per language, the short banner text
 */
@ConfigurationProperties("helder.disclosure")
public record DisclosureProperties(@DefaultValue("true") boolean enabled,
                                   Map<String, String> message,
                                   Map<String, String> banner) {

    /** A disclosure must say that the customer talks to an AI, in words a customer recognises. */
    private static final Pattern NAMES_AI = Pattern.compile(
            "(?iu)\\b(AI|A\\.I\\.|KI|IA|chatbot|bot|kunstmatige intelligentie|artificial intelligence|künstliche intelligenz|intelligence artificielle)\\b");

    public DisclosureProperties {
        List<String> problems = new ArrayList<>();
        if (!enabled) {
            problems.add("helder.disclosure.enabled=false is not allowed: the AI Act (Art. 50(1)) requires telling "
                    + "customers at the first interaction that they talk to an AI. Change the wording with "
                    + "helder.disclosure.message.<locale> and helder.disclosure.banner.<locale> instead");
        }
        message = message == null ? Map.of() : Map.copyOf(message);
        banner = banner == null ? Map.of() : Map.copyOf(banner);
        check("message", message, problems);
        check("banner", banner, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
    }

    private static void check(String what, Map<String, String> texts, List<String> problems) {
        if (texts.isEmpty()) {
            problems.add("helder.disclosure." + what + " has no texts: configure at least the default language");
        }
        texts.forEach((locale, text) -> {
            if (text == null || text.isBlank()) {
                problems.add("helder.disclosure." + what + "." + locale + " is empty");
            } else if (!NAMES_AI.matcher(text).find()) {
                problems.add("helder.disclosure." + what + "." + locale + " must say that the customer talks to an AI "
                        + "(mention AI, KI, IA or chatbot): '" + text + "'");
            }
        });
    }

    /** Checks that every conversation language has both texts; called once the languages are known. */
    public void requireLanguages(List<String> locales) {
        List<String> missing = locales.stream()
                .filter(locale -> !message.containsKey(locale) || !banner.containsKey(locale)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("helder.disclosure needs a message and a banner for every language in "
                    + "helder.conversation.locales; missing for " + missing);
        }
    }
}
