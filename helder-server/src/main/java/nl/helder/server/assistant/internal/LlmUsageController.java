package nl.helder.server.assistant.internal;

import nl.helder.server.assistant.LlmProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** For administrators: which provider the assistant uses, where it processes data, and what it used per conversation. */
@RestController
class LlmUsageController {

    private final LlmUsage usage;
    private final LlmProperties properties;

    LlmUsageController(LlmUsage usage, LlmProperties properties) {
        this.usage = usage;
        this.properties = properties;
    }

    /** The configuration (never the key), the totals per provider and model, and the latest conversations. */
    @GetMapping("/api/v1/admin/llm/usage")
    Map<String, Object> report(@RequestParam(defaultValue = "50") int conversations) {
        return Map.of(
                "provider", properties.provider().name().toLowerCase(Locale.ROOT),
                "model", properties.model() == null ? "" : properties.model(),
                "endpoint", properties.provider() == LlmProperties.Provider.NONE ? "" : properties.endpoint(),
                "inEu", properties.provider() == LlmProperties.Provider.NONE || properties.inEu(),
                "euOnly", properties.euOnly(),
                "totals", usage.usage(null),
                "conversations", usage.perConversation(Math.max(1, Math.min(conversations, 1000))));
    }

    @GetMapping("/api/v1/admin/llm/usage/{conversationId}")
    List<LlmUsage.Usage> conversation(@PathVariable UUID conversationId) {
        return usage.usage(conversationId);
    }
}
