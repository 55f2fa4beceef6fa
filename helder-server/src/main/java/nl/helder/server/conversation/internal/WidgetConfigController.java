package nl.helder.server.conversation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.conversation.ConversationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the widget needs before the first message: the disclosure banner (shown from the first moment) and
 * its interface texts, in the customer's language.
 */
@RestController
@Tag(name = "Widget")
class WidgetConfigController {

    private static final List<String> TEXT_KEYS = List.of("title", "input-label", "placeholder", "send", "sources",
            "error", "retry", "typing", "close", "open", "new-conversation", "you", "assistant", "privacy",
            "human", "contact-label", "ticket-label", "ticket-send", "agent", "close-panel", "log-label", "contact-invalid",
            "ticket-required", "ticket-invalid", "rate-limited", "new-message", "unread-one", "unread-many");

    private final Disclosures disclosures;
    private final ConversationProperties properties;
    private final MessageSource messages;

    WidgetConfigController(Disclosures disclosures, ConversationProperties properties, MessageSource messages) {
        this.disclosures = disclosures;
        this.properties = properties;
        this.messages = messages;
    }

    record WidgetConfig(String locale, String banner, int maxMessageChars, List<String> locales, Map<String, String> texts) {
    }

    @GetMapping("/api/v1/widget/config")
    @Operation(summary = "Widget texts and the disclosure banner for a language")
    ResponseEntity<WidgetConfig> config(@RequestParam(required = false) String locale,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        String resolved = disclosures.resolveLocale(locale, acceptLanguage);
        Locale language = Locale.forLanguageTag(resolved);
        Map<String, String> texts = new LinkedHashMap<>();
        TEXT_KEYS.forEach(key -> texts.put(key, messages.getMessage("widget." + key, null, language)));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(new WidgetConfig(resolved, disclosures.banner(resolved), properties.maxMessageChars(),
                        properties.locales(), texts));
    }
}
