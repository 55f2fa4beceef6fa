package nl.helder.server.assistant.internal;

import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.privacy.PrivacyGuard;
import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.LlmCall;
import nl.helder.server.assistant.LlmProperties;
import nl.helder.server.assistant.Question;
import nl.helder.server.assistant.Source;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeMatch;
import nl.helder.server.knowledge.KnowledgeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers with a language model, grounded in the knowledge base, and falls back to the retrieval answer
 * whenever the model's answer cannot be trusted or does not come in time. The model sees only redacted text and
 * the top passages; its answer must cite them, must pass the output guard (grounding, manipulation, no claim to
 * be human, no leak of the rules or the conversation's canary) and must contain no personal data; otherwise the
 * customer gets what the retrieval assistant says (an answer quoted from an article, or "I don't know, shall I
 * get a person"). Every call is published as an {@link LlmCall} for the cost report, the metrics and the audit.
 */
final class LlmAssistant implements Assistant {

    /**
     * Part of the deadline kept for what follows a failed call (the retrieval answer, storing and auditing the
     * turn): a tenth of it, at least 0.3 s and at most 1 s. When a hanging provider makes many turns give up at the
     * same moment, their fallbacks queue for the processor; the load test showed 0.3 s was too little for 50.
     */
    static Duration fallbackReserve(Duration deadline) {
        Duration tenth = deadline.dividedBy(10);
        return tenth.compareTo(Duration.ofMillis(300)) < 0 ? Duration.ofMillis(300)
                : tenth.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : tenth;
    }

    private final RetrievalAssistant retrieval;
    private final KnowledgeBase knowledge;
    private final KnowledgeProperties knowledgeProperties;
    private final LlmProperties properties;
    private final ModelGateway gateway;
    private final Canaries canaries;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final PrivacyGuard privacy = PrivacyGuard.standard();

    LlmAssistant(RetrievalAssistant retrieval, KnowledgeBase knowledge, KnowledgeProperties knowledgeProperties, LlmProperties properties,
                 ModelGateway gateway, Canaries canaries, ApplicationEventPublisher events, MeterRegistry metrics, Clock clock) {
        this.retrieval = retrieval;
        this.knowledge = knowledge;
        this.knowledgeProperties = knowledgeProperties;
        this.properties = properties;
        this.gateway = gateway;
        this.canaries = canaries;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The customer picked an article: its own words are the answer, as the retrieval assistant quotes them. */
    @Override
    public Answer answerFrom(Question question, nl.helder.server.assistant.Source chosen) {
        return retrieval.answerFrom(question, chosen);
    }

    @Override
    public Answer answer(Question question) {
        return answer(question, null);
    }

    /**
     * With {@code helder.llm.streaming} the answer is streamed: each sentence that cites a passage it was given
     * and passes the output guard against it is added to the preview at once; a sentence that fails stops the
     * stream and the customer gets the retrieval answer. The whole answer is then checked as without streaming.
     */
    @Override
    public Answer answer(Question question, java.util.function.Consumer<String> preview) {
        Instant start = clock.instant();
        Rewritten rewritten = properties.rewriteQueries() ? rewrite(question) : Rewritten.NONE;
        List<KnowledgeMatch> passages = passages(question, rewritten.queries());
        if (passages.isEmpty()) {
            // Nothing approved to answer from: the model is not asked to improvise.
            return retrieval.answer(question);
        }
        String canary = canaries.of(question.conversationId());
        // The deadline is the customer's: it counts from their message, and leaves time to give the fallback.
        Duration remaining = properties.timeout().minus(Duration.between(question.askedAt(), clock.instant())).minus(fallbackReserve(properties.timeout()));
        List<dev.langchain4j.data.message.ChatMessage> messages = LlmPrompt.messages(question, passages, canary);
        StringBuilder shown = new StringBuilder();
        ModelGateway.Result result = preview != null && gateway.streams()
                ? gateway.stream(messages, remaining, sentence -> previewed(sentence, passages, question.locale(), canary, shown, preview))
                : gateway.call(messages, remaining);
        if (result instanceof ModelGateway.Failed failed) {
            return fallback(question, failed.reason(), rewritten.inputTokens(), rewritten.outputTokens(), start);
        }
        ModelGateway.Reply reply = (ModelGateway.Reply) result;
        int inputTokens = reply.inputTokens() + rewritten.inputTokens();
        int outputTokens = reply.outputTokens() + rewritten.outputTokens();
        Grounded grounded = ground(reply.text(), passages, question.locale(), canary);
        if (grounded.fallback() != null) {
            return fallback(question, grounded.fallback(), inputTokens, outputTokens, start);
        }
        publish(question, inputTokens, outputTokens, null, start);
        return grounded.answer();
    }

    /** Search queries the model wrote for a question, and what writing them cost. */
    private record Rewritten(List<QueryRewrite.Query> queries, int inputTokens, int outputTokens) {
        static final Rewritten NONE = new Rewritten(List.of(), 0, 0);
    }

    /** Share of the time left that rewriting may take: the answer needs the rest. */
    private static final double REWRITE_SHARE = 0.4;

    /**
     * The question rewritten by the model into one search query per language of the knowledge base, within
     * {@value #REWRITE_SHARE} of the time left and through the same circuit breaker as answers; no queries when it
     * fails (the question is then searched as written only), counted in {@code helder.llm.rewrites}.
     */
    private Rewritten rewrite(Question question) {
        Set<String> languages = new LinkedHashSet<>();
        knowledge.articles().forEach(article -> languages.add(article.locale()));
        if (languages.isEmpty()) {
            return Rewritten.NONE;
        }
        Duration remaining = properties.timeout().minus(Duration.between(question.askedAt(), clock.instant()))
                .minus(fallbackReserve(properties.timeout()));
        Duration budget = Duration.ofMillis((long) (remaining.toMillis() * REWRITE_SHARE));
        if (budget.toMillis() < 50) {
            metrics.counter("helder.llm.rewrites", "outcome", "no_time").increment();
            return Rewritten.NONE;
        }
        ModelGateway.Result result = gateway.call(QueryRewrite.messages(question, languages), budget);
        if (result instanceof ModelGateway.Failed failed) {
            metrics.counter("helder.llm.rewrites", "outcome", failed.reason().name().toLowerCase(Locale.ROOT)).increment();
            return Rewritten.NONE;
        }
        ModelGateway.Reply reply = (ModelGateway.Reply) result;
        List<QueryRewrite.Query> queries = QueryRewrite.parse(reply.text(), languages);
        metrics.counter("helder.llm.rewrites", "outcome", queries.isEmpty() ? "unusable" : "used").increment();
        return new Rewritten(queries, reply.inputTokens(), reply.outputTokens());
    }

    /**
     * The passages the model answers from: the confident matches of the question as written and of each rewritten
     * query (in its own language), merged by reciprocal rank fusion, one per article, at most {@code helder.llm.passages}.
     */
    private List<KnowledgeMatch> passages(Question question, List<QueryRewrite.Query> queries) {
        int limit = properties.passages();
        KnowledgeBase knowledge = this.knowledge.within(question.scope());
        List<List<KnowledgeMatch>> rankings = new ArrayList<>();
        rankings.add(confident(knowledge.topMatches(LlmPrompt.searchable(question), question.locale(), limit)));
        queries.forEach(query -> rankings.add(confident(knowledge.topMatches(query.text(), query.locale(), limit))));
        if (rankings.size() == 1) {
            return rankings.get(0);
        }
        Map<String, Double> fusion = new LinkedHashMap<>();
        Map<String, KnowledgeMatch> best = new LinkedHashMap<>();
        for (List<KnowledgeMatch> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                KnowledgeMatch match = ranking.get(i);
                fusion.merge(match.article().id(), 1.0 / (60 + i + 1), Double::sum);
                best.merge(match.article().id(), match, (a, b) -> b.confidence() > a.confidence() ? b : a);
            }
        }
        List<String> ids = new ArrayList<>(fusion.keySet());
        ids.sort(java.util.Comparator.comparingDouble((String id) -> fusion.get(id)).reversed());
        return ids.stream().limit(limit).map(best::get).toList();
    }

    private List<KnowledgeMatch> confident(List<KnowledgeMatch> matches) {
        return matches.stream().filter(match -> match.confidence() >= knowledgeProperties.minConfidence()).toList();
    }

    private record Grounded(Answer answer, LlmCall.Fallback fallback) {
    }

    /** Adds a streamed sentence to the preview if it can be trusted on its own; false stops the stream. */
    private boolean previewed(String sentence, List<KnowledgeMatch> passages, String locale, String canary, StringBuilder shown,
                              java.util.function.Consumer<String> preview) {
        if (sentence.strip().startsWith(LlmPrompt.NO_ANSWER)) {
            return false;
        }
        Grounded grounded = ground(sentence, passages, locale, canary);
        if (grounded.fallback() != null) {
            return false;
        }
        shown.append(shown.length() == 0 ? "" : " ").append(grounded.answer().text());
        preview.accept(shown.toString());
        return true;
    }

    /** Checks the model's answer against what it was given; an answer, or the reason it cannot be used. */
    private Grounded ground(String raw, List<KnowledgeMatch> passages, String locale, String canary) {
        if (raw.strip().startsWith(LlmPrompt.NO_ANSWER)) {
            return new Grounded(null, LlmCall.Fallback.MODEL_ABSTAINED);
        }
        Citations citations = Citations.in(raw);
        if (citations.cited().isEmpty()) {
            return new Grounded(null, LlmCall.Fallback.NO_CITATION);
        }
        if (citations.cited().stream().anyMatch(n -> n < 1 || n > passages.size())) {
            return new Grounded(null, LlmCall.Fallback.UNKNOWN_CITATION);
        }
        List<KnowledgeMatch> cited = citations.cited().stream().sorted().map(n -> passages.get(n - 1)).toList();
        List<String> citedText = cited.stream().map(KnowledgeMatch::passage).toList();
        OutputReview review = OutputGuard.builder().secret(LlmPrompt.systemPrompt(locale, canary)).canary(canary).build()
                .review(citations.text(), citedText);
        if (review.blocked() || containsPersonalData(citations.text(), String.join("\n", citedText))) {
            return new Grounded(null, LlmCall.Fallback.GUARD);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        cited.forEach(match -> sources.putIfAbsent(match.article().url(), new Source(match.article().title(), match.article().url())));
        double confidence = cited.stream().mapToDouble(KnowledgeMatch::confidence).max().orElse(0);
        return new Grounded(new Answer(Answer.Kind.ANSWER, citations.text(), new ArrayList<>(sources.values()), confidence, citedText), null);
    }

    /** The model only saw redacted text: personal data in its answer that the passages do not hold came from elsewhere. */
    private boolean containsPersonalData(String answer, String passages) {
        for (PersonalDataFinding finding : privacy.detect(answer)) {
            if (!passages.contains(answer.substring(finding.start(), finding.end()))) {
                return true;
            }
        }
        return false;
    }

    private Answer fallback(Question question, LlmCall.Fallback reason, int inputTokens, int outputTokens, Instant start) {
        metrics.counter("helder.llm.fallbacks", "reason", reason.name().toLowerCase(Locale.ROOT)).increment();
        publish(question, inputTokens, outputTokens, reason, start);
        return retrieval.answer(question);
    }

    private void publish(Question question, int inputTokens, int outputTokens, LlmCall.Fallback fallback, Instant start) {
        Duration latency = Duration.between(start, clock.instant());
        metrics.timer("helder.llm.calls", "outcome", fallback == null ? "answered" : "fallback").record(latency);
        events.publishEvent(new LlmCall(question.conversationId(), properties.provider().name().toLowerCase(Locale.ROOT), properties.model(),
                properties.inEu(), inputTokens, outputTokens, fallback, latency, clock.instant()));
    }
}
