package nl.helder.server.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * How the knowledge base answers.
 *
 * @param minConfidence   below this probability that the best article is the right one (a calibrated confidence,
 *                        see the README's reliability table), the assistant does not answer (0-1)
 * @param suggestConfidence below {@code minConfidence} but at or above this, the assistant offers the (up to three)
 *                        articles that reach it to choose from ({@code SUGGESTIONS}) instead of saying it does not
 *                        know; set it to {@code minConfidence} to never suggest (0-1)
 * @param maxPassageChars the longest passage quoted as an answer
 * @param synonyms        a folder with extra synonym files {@code synonyms-<locale>.txt} (Solr format), added
 *                        to the bundled ones
 * @param embedding       the optional semantic second signal, fused with the lexical ranking; off by default
 */
@ConfigurationProperties("helder.knowledge")
public record KnowledgeProperties(@DefaultValue(KnowledgeProperties.DEFAULT_MIN_CONFIDENCE) double minConfidence,
                                  @DefaultValue(KnowledgeProperties.DEFAULT_SUGGEST_CONFIDENCE) double suggestConfidence,
                                  @DefaultValue("700") int maxPassageChars,
                                  Path synonyms,
                                  @DefaultValue Embedding embedding) {

    /**
     * Chosen on the dev questions (blind telecom set and demo set) with the calibrated confidence (about coverage
     * 0.47): the most right answers before out-of-scope questions get answered; kept with the fitted re-ranker (which
     * orders the candidates, not how sure Helder is); see the README.
     */
    public static final String DEFAULT_MIN_CONFIDENCE = "0.45";
    public static final double DEFAULT_MIN_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_MIN_CONFIDENCE);
    /**
     * About coverage 0.29: the dev questions favoured 0.15 (more right articles offered), but up to 0.22 plainly
     * off-topic English questions ("Who won the champions league?") got suggestions through loose dictionary
     * translations; see the README.
     */
    public static final String DEFAULT_SUGGEST_CONFIDENCE = "0.25";
    public static final double DEFAULT_SUGGEST_CONFIDENCE_VALUE = Double.parseDouble(DEFAULT_SUGGEST_CONFIDENCE);

    /** Lexical retrieval only, as configured by default. */
    public KnowledgeProperties(double minConfidence, double suggestConfidence, int maxPassageChars, Path synonyms) {
        this(minConfidence, suggestConfidence, maxPassageChars, synonyms, Embedding.NONE);
    }

    /**
     * Semantic retrieval: the question and the articles' passages embedded by a model, the nearest passages ranked by
     * cosine similarity and fused with the lexical ranking by reciprocal rank fusion. Which languages it serves is the
     * model's: see the README.
     *
     * @param provider      {@code none}, {@code onnx} (an in-process ONNX model from {@code modelPath} and
     *                      {@code tokenizerPath}), {@code openai} (an OpenAI-compatible {@code /embeddings} endpoint)
     *                      or {@code mistral}
     * @param model         the embedding model's name ({@code openai}, {@code mistral})
     * @param modelPath     the ONNX model file ({@code onnx})
     * @param tokenizerPath the model's {@code tokenizer.json} ({@code onnx})
     * @param pooling       how the ONNX model's token vectors become one: {@code mean} or {@code cls}, as the model
     *                      was trained (all-MiniLM and e5: mean)
     * @param baseUrl       the endpoint ({@code openai}, {@code mistral}); empty for the provider's own
     * @param apiKey        the API key; prefer the environment variable {@code HELDER_EMBEDDING_API_KEY}
     * @param timeout       the deadline for embedding one question; after it the question is answered lexically
     * @param indexTimeout  the deadline for embedding the whole knowledge base at an import; after it the import
     *                      indexes lexically only
     * @param weight        the semantic ranking's weight in the fusion, against the lexical ranking's 1
     * @param queryPrefix   put before a question ({@code "query: "} for the e5 models)
     * @param passagePrefix put before a passage ({@code "passage: "} for the e5 models)
     * @param languages     the languages the model serves ({@code en} for all-MiniLM); empty for every language.
     *                      Only articles in these languages are embedded, only questions in a conversation of one of
     *                      them are, and an article in another language keeps its lexical rank on both sides of the
     *                      fusion: a model that cannot read it says nothing about it
     */
    public record Embedding(@DefaultValue("none") Provider provider,
                            Path modelPath,
                            Path tokenizerPath,
                            @DefaultValue("mean") Pooling pooling,
                            String baseUrl,
                            String model,
                            String apiKey,
                            @DefaultValue("2s") Duration timeout,
                            @DefaultValue("300s") Duration indexTimeout,
                            @DefaultValue("1.0") double weight,
                            String queryPrefix,
                            String passagePrefix,
                            java.util.List<String> languages) {

        public static final Embedding NONE = new Embedding(Provider.NONE, null, null, Pooling.MEAN, null, null, null,
                Duration.ofSeconds(2), Duration.ofSeconds(300), 1.0, null, null, null);

        /** Where the embeddings come from. */
        public enum Provider { NONE, ONNX, OPENAI, MISTRAL }

        /** How an ONNX model's token vectors are pooled into one. */
        public enum Pooling { MEAN, CLS }

        public Embedding {
            queryPrefix = queryPrefix == null ? "" : queryPrefix;
            passagePrefix = passagePrefix == null ? "" : passagePrefix;
            languages = languages == null ? java.util.List.of()
                    : languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty()).toList();
            if (provider == Provider.ONNX) {
                requireFile(modelPath, "model-path");
                requireFile(tokenizerPath, "tokenizer-path");
            }
            if ((provider == Provider.OPENAI || provider == Provider.MISTRAL) && (model == null || model.isBlank())) {
                throw new IllegalArgumentException("helder.knowledge.embedding.model is required when helder.knowledge.embedding.provider is "
                        + provider.name().toLowerCase(Locale.ROOT));
            }
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(30)) > 0) {
                throw new IllegalArgumentException("helder.knowledge.embedding.timeout must be between 0 and 30 seconds, not " + timeout);
            }
            if (indexTimeout.isNegative() || indexTimeout.isZero()) {
                throw new IllegalArgumentException("helder.knowledge.embedding.index-timeout must be positive, not " + indexTimeout);
            }
            if (!(weight >= 0 && weight <= 10)) {
                throw new IllegalArgumentException("helder.knowledge.embedding.weight must be within [0, 10]");
            }
        }

        /** Whether the model is said to serve {@code locale}. */
        public boolean serves(String locale) {
            return languages.isEmpty() || languages.contains(locale.toLowerCase(Locale.ROOT));
        }

        public boolean enabled() {
            return provider != Provider.NONE;
        }

        /** The endpoint called: the configured base URL or the provider's own. */
        public String endpoint() {
            if (baseUrl != null && !baseUrl.isBlank()) {
                return baseUrl;
            }
            return provider == Provider.MISTRAL ? "https://api.mistral.ai/v1" : "https://api.openai.com/v1";
        }

        /** The key from the property, else from {@code HELDER_EMBEDDING_API_KEY}; empty when neither is set. */
        public String resolvedApiKey() {
            if (apiKey != null && !apiKey.isBlank()) {
                return apiKey;
            }
            String fromEnvironment = System.getenv("HELDER_EMBEDDING_API_KEY");
            return fromEnvironment == null ? "" : fromEnvironment;
        }

        private static void requireFile(Path path, String property) {
            if (path == null || !Files.isRegularFile(path)) {
                throw new IllegalArgumentException("helder.knowledge.embedding." + property + " must name a readable file when "
                        + "helder.knowledge.embedding.provider is onnx" + (path == null ? "" : ", not " + path));
            }
        }

        @Override
        public String toString() {
            return "Embedding[provider=" + provider + (provider == Provider.ONNX ? ", model=" + modelPath + ", pooling=" + pooling
                    : provider == Provider.NONE ? "" : ", endpoint=" + endpoint() + ", model=" + model + ", apiKey="
                    + (apiKey == null ? "unset" : "******")) + "]";
        }
    }

    @org.springframework.boot.context.properties.bind.ConstructorBinding
    public KnowledgeProperties {
        embedding = embedding == null ? Embedding.NONE : embedding;
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("helder.knowledge.min-confidence must be within [0, 1]");
        }
        if (suggestConfidence < 0 || suggestConfidence > minConfidence) {
            throw new IllegalArgumentException("helder.knowledge.suggest-confidence must be within [0, min-confidence]");
        }
        if (maxPassageChars < 100) {
            throw new IllegalArgumentException("helder.knowledge.max-passage-chars must be at least 100");
        }
    }
}
