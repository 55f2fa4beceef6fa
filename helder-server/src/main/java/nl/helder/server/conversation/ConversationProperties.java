package nl.helder.server.conversation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Limits and languages of customer conversations.
 *
 * @param maxMessageChars          the longest customer message accepted, in characters
 * @param defaultLocale            the language of a conversation that asks for none
 * @param locales                  the languages conversations may be held in
 * @param turnsPerMinute           messages one conversation may send per minute
 * @param startsPerMinutePerClient conversations one client address may open per minute
 */
@ConfigurationProperties("helder.conversation")
public record ConversationProperties(@DefaultValue("4000") int maxMessageChars,
                                     @DefaultValue("nl") String defaultLocale,
                                     @DefaultValue({"nl", "en", "de", "fr"}) List<String> locales,
                                     @DefaultValue("30") int turnsPerMinute,
                                     @DefaultValue("20") int startsPerMinutePerClient) {

    public ConversationProperties {
        if (maxMessageChars < 1 || maxMessageChars > 100_000) {
            throw new IllegalArgumentException("helder.conversation.max-message-chars must be within 1..100000");
        }
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("helder.conversation.default-locale '" + defaultLocale
                    + "' is not one of helder.conversation.locales " + locales);
        }
        if (turnsPerMinute < 1 || startsPerMinutePerClient < 1) {
            throw new IllegalArgumentException("helder.conversation rate limits must be at least 1 per minute");
        }
        locales = List.copyOf(locales);
    }
}
