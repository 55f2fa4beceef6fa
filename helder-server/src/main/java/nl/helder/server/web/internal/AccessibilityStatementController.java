package nl.helder.server.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The accessibility statement the European Accessibility Act asks a service to publish, as JSON and as a page,
 * in Dutch or English (other languages get English), generated like the privacy statement.
 */
@RestController
@Tag(name = "Widget")
class AccessibilityStatementController {

    private final AccessibilityProperties properties;

    AccessibilityStatementController(AccessibilityProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/v1/accessibility-statement")
    @Operation(summary = "The chat's accessibility statement (European Accessibility Act), in nl or en")
    AccessibilityStatement.Statement statement(@RequestParam(required = false) String locale,
                                               @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        String wanted = locale != null ? locale : acceptLanguage;
        String language = wanted != null && wanted.toLowerCase().startsWith("nl") ? "nl" : "en";
        return AccessibilityStatement.of(language, properties.contact());
    }

    @GetMapping(value = "/accessibility", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String locale,
                @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        AccessibilityStatement.Statement statement = statement(locale, acceptLanguage);
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(statement.locale())
                .append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(statement.title())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/demo.css\"></head><body><main><h1>")
                .append(escape(statement.title())).append("</h1>");
        for (AccessibilityStatement.Section section : statement.sections()) {
            html.append("<h2>").append(escape(section.heading())).append("</h2>");
            section.paragraphs().forEach(paragraph -> html.append("<p>").append(escape(paragraph)).append("</p>"));
            list(html, section.items());
        }
        return html.append("</main></body></html>").toString();
    }

    private static void list(StringBuilder html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
