package nl.helder.server.assistant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The optional language model that writes answers from the retrieved passages. Off by default: the retrieval
 * assistant answers. The API key is read from {@code helder.llm.api-key} or the environment variable
 * {@code HELDER_LLM_API_KEY}, and never logged or audited.
 *
 * @param provider      {@code none}, {@code openai} (any OpenAI-compatible chat-completions endpoint: OpenAI,
 *                      Azure OpenAI, vLLM, LM Studio, Ollama) or {@code mistral}
 * @param baseUrl       the endpoint; empty for the provider's own
 * @param model         the model name
 * @param apiKey        the API key; prefer the environment variable
 * @param timeout       the deadline for a model answer; after it the customer gets the retrieval answer
 * @param maxTokens     the longest answer the model may write
 * @param temperature   sampling temperature; low, so answers stay close to the passages
 * @param passages      how many knowledge-base passages the model gets
 * @param streaming     whether to stream the answer to the widget sentence by sentence, each sentence checked
 *                      before it is shown
 * @param euOnly        refuse at start a provider that is not known to process data in the EU
 * @param region        where a self-hosted or custom endpoint processes data ({@code eu} or {@code other}), as
 *                      the operator declares it; Mistral's own endpoint is known to be in the EU, OpenAI's is not
 * @param breaker       when to stop calling a failing provider
 * @param price         price per million tokens in and out, in euro, for the cost report; 0 when unknown
 * @param rewriteQueries before answering, ask the model to rewrite the question into one search query per language
 *                      of the knowledge base, and search with those too: finds articles worded unlike the question,
 *                      and Dutch articles for an English question; costs a second (short) model call per turn
 */
@ConfigurationProperties("helder.llm")
public record LlmProperties(@DefaultValue("none") Provider provider,
                            String baseUrl,
                            String model,
                            String apiKey,
                            @DefaultValue("8s") Duration timeout,
                            @DefaultValue("400") int maxTokens,
                            @DefaultValue("0.1") double temperature,
                            @DefaultValue("4") int passages,
                            @DefaultValue("false") boolean streaming,
                            @DefaultValue("false") boolean euOnly,
                            String region,
                            @DefaultValue Breaker breaker,
                            @DefaultValue Price price,
                            @DefaultValue("false") boolean rewriteQueries) {

    /** Without query rewriting. */
    public LlmProperties(Provider provider, String baseUrl, String model, String apiKey, Duration timeout, int maxTokens,
                         double temperature, int passages, boolean streaming, boolean euOnly, String region, Breaker breaker, Price price) {
        this(provider, baseUrl, model, apiKey, timeout, maxTokens, temperature, passages, streaming, euOnly, region, breaker, price, false);
    }

    /** Which API the model is reached through. */
    public enum Provider { NONE, OPENAI, MISTRAL }

    /**
     * The circuit breaker: when at least {@code failureRate} percent of the last {@code window} calls failed
     * (errors, timeouts, unusable answers), calls stop for {@code openFor}, then a few probe the provider again.
     */
    public record Breaker(@DefaultValue("50") int failureRate, @DefaultValue("10") int window, @DefaultValue("30s") Duration openFor) {
    }

    /** Euro per million tokens. */
    public record Price(@DefaultValue("0") double input, @DefaultValue("0") double output) {
    }

    private static final Set<String> EU_HOSTS = Set.of("api.mistral.ai");

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public LlmProperties {
        if (provider != Provider.NONE) {
            if (model == null || model.isBlank()) {
                throw new IllegalArgumentException("helder.llm.model is required when helder.llm.provider is " + provider.name().toLowerCase(Locale.ROOT));
            }
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
                throw new IllegalArgumentException("helder.llm.timeout must be between 0 and 60 seconds, not " + timeout);
            }
            if (maxTokens < 16 || maxTokens > 4096 || passages < 1 || passages > 10) {
                throw new IllegalArgumentException("helder.llm.max-tokens must be 16-4096 and helder.llm.passages 1-10");
            }
            if (region != null && !region.isBlank() && !Set.of("eu", "other").contains(region.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("helder.llm.region must be eu or other, not " + region);
            }
            // Fields are assigned only after this constructor body: the checks use the parameters.
            if (euOnly && !inEu(provider, baseUrl, region)) {
                throw new IllegalArgumentException("helder.llm.eu-only is set, but " + endpoint(provider, baseUrl)
                        + " is not known to process data in the EU: use Mistral's API, or a self-hosted endpoint in the EU and declare "
                        + "helder.llm.region=eu");
            }
        }
    }

    /** Whether the endpoint processes data in the EU: declared by the operator, or Mistral's own API. */
    public boolean inEu() {
        return inEu(provider, baseUrl, region);
    }

    /** The endpoint called: the configured base URL or the provider's default. */
    public String endpoint() {
        return endpoint(provider, baseUrl);
    }

    private static boolean inEu(Provider provider, String baseUrl, String region) {
        if (region != null && !region.isBlank()) {
            return region.equalsIgnoreCase("eu");
        }
        return provider == Provider.MISTRAL && EU_HOSTS.contains(URI.create(endpoint(provider, baseUrl)).getHost());
    }

    private static String endpoint(Provider provider, String baseUrl) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl;
        }
        return provider == Provider.MISTRAL ? "https://api.mistral.ai/v1" : "https://api.openai.com/v1";
    }

    /** The key from the property, else from {@code HELDER_LLM_API_KEY}; empty when neither is set (local models). */
    public String resolvedApiKey() {
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey;
        }
        String fromEnvironment = System.getenv("HELDER_LLM_API_KEY");
        return fromEnvironment == null ? "" : fromEnvironment;
    }

    @Override
    public String toString() {
        return "LlmProperties[provider=" + provider + ", endpoint=" + endpoint() + ", model=" + model + ", apiKey=" + (apiKey == null ? "unset" : "******") + "]";
    }
}
