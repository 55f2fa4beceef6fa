package nl.helder.server.assistant.internal;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.assistant.Assistant;
import nl.helder.server.assistant.LlmProperties;
import nl.helder.server.knowledge.KnowledgeBase;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches the language-model assistant on when {@code helder.llm.provider} is not {@code none}; it then answers
 * instead of the retrieval assistant, which stays its fallback.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${helder.llm.provider:none}'.equalsIgnoreCase('none')")
class LlmConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LlmConfiguration.class);
    /** Model calls running at once; more wait in a short queue, beyond that the retrieval answer is given at once. */
    private static final int CONCURRENT_CALLS = 64;

    @Bean
    ChatModel chatModel(LlmProperties properties) {
        log.info("Answers by language model: {} (data processed in the EU: {})", properties, properties.inEu());
        String key = properties.resolvedApiKey().isBlank() ? "none" : properties.resolvedApiKey();
        return switch (properties.provider()) {
            case OPENAI -> OpenAiChatModel.builder().baseUrl(properties.endpoint()).apiKey(key).modelName(properties.model())
                    .timeout(properties.timeout()).maxRetries(0).maxTokens(properties.maxTokens()).temperature(properties.temperature())
                    .logRequests(false).logResponses(false).build();
            case MISTRAL -> MistralAiChatModel.builder().baseUrl(properties.endpoint()).apiKey(key).modelName(properties.model())
                    .timeout(properties.timeout()).maxRetries(0).maxTokens(properties.maxTokens()).temperature(properties.temperature())
                    .logRequests(false).logResponses(false).build();
            case NONE -> throw new IllegalStateException("no model is configured");
        };
    }

    /** The same model, streaming, when {@code helder.llm.streaming} is on; otherwise null (answers come whole). */
    static StreamingChatModel streamingModel(LlmProperties properties) {
        if (!properties.streaming()) {
            return null;
        }
        String key = properties.resolvedApiKey().isBlank() ? "none" : properties.resolvedApiKey();
        return switch (properties.provider()) {
            case OPENAI -> OpenAiStreamingChatModel.builder().baseUrl(properties.endpoint()).apiKey(key).modelName(properties.model())
                    .timeout(properties.timeout()).maxTokens(properties.maxTokens()).temperature(properties.temperature())
                    .logRequests(false).logResponses(false).build();
            case MISTRAL -> MistralAiStreamingChatModel.builder().baseUrl(properties.endpoint()).apiKey(key).modelName(properties.model())
                    .timeout(properties.timeout()).maxTokens(properties.maxTokens()).temperature(properties.temperature())
                    .logRequests(false).logResponses(false).build();
            case NONE -> throw new IllegalStateException("no model is configured");
        };
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService llmCalls() {
        AtomicInteger threads = new AtomicInteger();
        return new ThreadPoolExecutor(CONCURRENT_CALLS, CONCURRENT_CALLS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(CONCURRENT_CALLS),
                task -> {
                    Thread thread = new Thread(task, "helder-llm-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Bean
    ModelGateway modelGateway(ChatModel chatModel, LlmProperties properties, ExecutorService llmCalls, MeterRegistry metrics) {
        LlmProperties.Breaker settings = properties.breaker();
        CircuitBreaker breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRate())
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(Math.max(2, settings.window() / 2))
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> log.warn("Language model circuit breaker: {}", event.getStateTransition()));
        Gauge.builder("helder.llm.circuit.open", breaker, b -> b.getState() == CircuitBreaker.State.OPEN ? 1 : 0)
                .description("1 while calls to the language model are suspended").register(metrics);
        return new ModelGateway(chatModel, streamingModel(properties), breaker, llmCalls);
    }

    @Bean
    @Primary
    Assistant llmAssistant(RetrievalAssistant retrieval, KnowledgeBase knowledge, KnowledgeProperties knowledgeProperties,
                           LlmProperties properties, ModelGateway gateway, ApplicationEventPublisher events, MeterRegistry metrics, Clock clock) {
        return new LlmAssistant(retrieval, knowledge, knowledgeProperties, properties, gateway, new Canaries(), events, metrics, clock);
    }
}
