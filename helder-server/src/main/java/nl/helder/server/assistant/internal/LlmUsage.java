package nl.helder.server.assistant.internal;

import nl.helder.server.assistant.LlmCall;
import nl.helder.server.assistant.LlmProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * The cost and privacy report: every model call with its provider, tokens and outcome, per conversation and in
 * total, with an estimated cost from {@code helder.llm.price}.
 */
@Component
class LlmUsage {

    private final JdbcClient jdbc;
    private final LlmProperties properties;

    LlmUsage(JdbcClient jdbc, LlmProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    void on(LlmCall call) {
        jdbc.sql("""
                INSERT INTO llm_usage (id, conversation_id, provider, model, in_eu, input_tokens, output_tokens, outcome, fallback_reason,
                                       latency_ms, created_at)
                VALUES (:id, :conversation, :provider, :model, :inEu, :in, :out, :outcome, :reason, :latency, :at)""")
                .param("id", UUID.randomUUID()).param("conversation", call.conversationId()).param("provider", call.provider())
                .param("model", call.model()).param("inEu", call.inEu()).param("in", call.inputTokens()).param("out", call.outputTokens())
                .param("outcome", call.answered() ? "ANSWERED" : "FALLBACK")
                .param("reason", call.answered() ? null : call.fallback().name())
                .param("latency", (int) Math.min(Integer.MAX_VALUE, call.latency().toMillis()))
                .param("at", Timestamp.from(call.at())).update();
    }

    /** Totals for one conversation, or for all when {@code conversationId} is null, per provider and model. */
    record Usage(UUID conversationId, String provider, String model, boolean inEu, long calls, long answered, long fallbacks,
                 long inputTokens, long outputTokens, double estimatedCostEuro) {
    }

    List<Usage> usage(UUID conversationId) {
        String where = conversationId == null ? "" : "WHERE conversation_id = :conversation ";
        return jdbc.sql("""
                SELECT provider, model, in_eu, COUNT(*) AS calls, SUM(CASE WHEN outcome = 'ANSWERED' THEN 1 ELSE 0 END) AS answered,
                       SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens
                FROM llm_usage %sGROUP BY provider, model, in_eu ORDER BY provider, model""".formatted(where))
                .params(conversationId == null ? java.util.Map.of() : java.util.Map.of("conversation", conversationId))
                .query((rs, n) -> {
                    long in = rs.getLong("input_tokens");
                    long out = rs.getLong("output_tokens");
                    long calls = rs.getLong("calls");
                    long answered = rs.getLong("answered");
                    double cost = (in * properties.price().input() + out * properties.price().output()) / 1_000_000.0;
                    return new Usage(conversationId, rs.getString("provider"), rs.getString("model"), rs.getBoolean("in_eu"), calls, answered,
                            calls - answered, in, out, Math.round(cost * 10_000) / 10_000.0);
                }).list();
    }

    /** Per conversation, newest first: where the tokens went. */
    record ConversationUsage(UUID conversationId, String provider, long calls, long fallbacks, long inputTokens, long outputTokens) {
    }

    List<ConversationUsage> perConversation(int limit) {
        return jdbc.sql("""
                SELECT conversation_id, provider, COUNT(*) AS calls, SUM(CASE WHEN outcome = 'FALLBACK' THEN 1 ELSE 0 END) AS fallbacks,
                       SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens, MAX(created_at) AS last_call
                FROM llm_usage WHERE conversation_id IS NOT NULL GROUP BY conversation_id, provider ORDER BY last_call DESC""")
                .query((rs, n) -> new ConversationUsage(rs.getObject("conversation_id", UUID.class), rs.getString("provider"),
                        rs.getLong("calls"), rs.getLong("fallbacks"), rs.getLong("input_tokens"), rs.getLong("output_tokens")))
                .list().stream().limit(limit).toList();
    }
}
