package nl.helder.server.privacy.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.guard.PersonalDataType;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.privacy.PrivacyProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The short privacy statement of the chat, generated from this instance's configuration (what is stored,
 * what is made unreadable, for how long, whether a model provider receives text), in the customer's
 * language. The widget links to it; agents can show it too.
 */
@RestController
@Tag(name = "Widget")
class PrivacyStatementController {

    private final PrivacyProperties privacy;
    private final ConversationProperties conversations;
    private final MessageSource messages;
    private final Environment environment;

    PrivacyStatementController(PrivacyProperties privacy, ConversationProperties conversations, MessageSource messages,
                               Environment environment) {
        this.privacy = privacy;
        this.conversations = conversations;
        this.messages = messages;
        this.environment = environment;
    }

    record Section(String heading, String text) {
    }

    record Statement(String locale, String title, List<Section> sections) {
    }

    @GetMapping("/api/v1/privacy-statement")
    @Operation(summary = "The chat's privacy statement, generated from the configuration")
    Statement statement(@RequestParam(required = false) String locale) {
        String language = locale != null && conversations.locales().contains(locale) ? locale : conversations.defaultLocale();
        Locale l = Locale.forLanguageTag(language);
        String types = Arrays.stream(PersonalDataType.values())
                .map(type -> messages.getMessage("privacy.type." + type.name(), null, type.name(), l))
                .collect(Collectors.joining(", "));
        String provider = environment.getProperty("helder.llm.provider", "none");
        String model = "none".equals(provider)
                ? text("privacy.statement.model.none", l)
                : messages.getMessage("privacy.statement.model.provider", new Object[] {provider,
                        environment.getProperty("helder.llm.base-url", "")}, l);
        return new Statement(language, text("privacy.statement.title", l), List.of(
                new Section(text("privacy.statement.ai.heading", l), text("privacy.statement.ai", l)),
                new Section(text("privacy.statement.stored.heading", l),
                        messages.getMessage("privacy.statement.stored", new Object[] {types}, l)),
                new Section(text("privacy.statement.retention.heading", l),
                        messages.getMessage("privacy.statement.retention", new Object[] {privacy.transcriptRetention().toDays()}, l)),
                new Section(text("privacy.statement.model.heading", l), model),
                new Section(text("privacy.statement.rights.heading", l), text("privacy.statement.rights", l))));
    }

    @GetMapping(value = "/privacy", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String locale) {
        Statement statement = statement(locale);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(statement.locale())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(HtmlUtils.htmlEscape(statement.title())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/demo.css\"></head><body><main><h1>")
                .append(HtmlUtils.htmlEscape(statement.title())).append("</h1>");
        for (Section section : statement.sections()) {
            html.append("<h2>").append(HtmlUtils.htmlEscape(section.heading())).append("</h2><p>")
                    .append(HtmlUtils.htmlEscape(section.text())).append("</p>");
        }
        return html.append("</main></body></html>").toString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
