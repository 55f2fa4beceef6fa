package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.DisclosureProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Picks a conversation's language and the disclosure texts in it. */
@Component
class Disclosures {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,3}");

    private final DisclosureProperties disclosure;
    private final ConversationProperties conversation;

    Disclosures(DisclosureProperties disclosure, ConversationProperties conversation) {
        disclosure.requireLanguages(conversation.locales());
        this.disclosure = disclosure;
        this.conversation = conversation;
    }

    /**
     * The conversation language for what the client asked: its own language when supported ({@code nl-BE}
     * is {@code nl}), else the best of the Accept-Language header, else English when supported, else the default.
     *
     * @throws ConversationProblem when {@code requested} is not a language tag at all
     */
    String resolveLocale(String requested, String acceptLanguageHeader) {
        List<Locale.LanguageRange> acceptLanguage = languageRanges(acceptLanguageHeader);
        if (requested != null && !requested.isBlank()) {
            if (!LANGUAGE_TAG.matcher(requested).matches()) {
                throw ConversationProblem.invalidLocale(requested);
            }
            String language = Locale.forLanguageTag(requested.replace('_', '-')).getLanguage();
            if (conversation.locales().contains(language)) {
                return language;
            }
            return conversation.locales().contains("en") ? "en" : conversation.defaultLocale();
        }
        List<Locale> supported = conversation.locales().stream().map(Locale::forLanguageTag).toList();
        Locale best = acceptLanguage.isEmpty() ? null : Locale.lookup(acceptLanguage, supported);
        return best == null ? conversation.defaultLocale() : best.getLanguage();
    }

    /** The ranges of an Accept-Language header; an absent, oversized or unreadable header counts as none. */
    private static List<Locale.LanguageRange> languageRanges(String header) {
        if (header == null || header.isBlank() || header.length() > 200) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    String message(String locale) {
        return disclosure.message().get(locale);
    }

    String banner(String locale) {
        return disclosure.banner().get(locale);
    }
}
