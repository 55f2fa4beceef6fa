package nl.helder.server;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.function.Predicate;

/**
 * Refuses a start in Spring AOT mode ({@code -Dspring.aot.enabled=true}) with a setting whose beans the jar's
 * ahead-of-time processing did not make, or made although the setting no longer asks for them.
 * <p>
 * Why: AOT decides every {@code @Conditional} when the jar is built, with the settings of the build (Helder's
 * defaults: H2, retrieval answers, no mail server). At run time a setting that would have added or removed beans is
 * then ignored without a word: Helder on PostgreSQL would run without its cross-node broadcasts, a configured LLM
 * would never be asked, tickets would not be mailed. This listener runs once the generated bean definitions are
 * registered and before any bean is created, and compares each such setting with the beans; a mismatch stops the
 * start with a message saying what to do. Without AOT it does nothing (conditions are then evaluated at run time).
 * <p>
 * Each entry names a bean that exists exactly when its setting asks for it; {@code AheadOfTimeCheckTest} checks that
 * the beans are still declared under those names.
 */
public class AheadOfTimeCheck implements ApplicationListener<ApplicationPreparedEvent> {

    /** A setting that decides whether a bean exists: {@code wanted} mirrors the bean's condition. */
    record Decided(String setting, Predicate<Environment> wanted, String bean) {
    }

    static final List<Decided> DECIDED = List.of(
            // assistant: LlmConfiguration's @ConditionalOnExpression
            new Decided("helder.llm.provider",
                    environment -> !"none".equalsIgnoreCase(environment.getProperty("helder.llm.provider", "none").trim()), "chatModel"),
            // cluster: OnPostgres (the data directory listener sets an H2 URL when none is configured)
            new Decided("spring.datasource.url",
                    environment -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:"), "postgresBroadcasts"),
            // web: BaselineEndpoint's @ConditionalOnBooleanProperty
            new Decided("helder.benchmark.baseline-endpoint",
                    environment -> environment.getProperty("helder.benchmark.baseline-endpoint", Boolean.class, false), "baselineEndpoint"),
            // Spring Boot's mail sender, which the hand-off's offline tickets are mailed with
            new Decided("spring.mail.host",
                    environment -> environment.containsProperty("spring.mail.host") || environment.containsProperty("spring.mail.jndi-name"),
                    "mailSender"),
            // springdoc's /v3/api-docs, which an operator may switch off
            new Decided("springdoc.api-docs.enabled",
                    environment -> environment.getProperty("springdoc.api-docs.enabled", Boolean.class, true), "openApiResource"));

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        if (AotDetector.useGeneratedArtifacts()) {
            check(event.getApplicationContext().getBeanFactory(), event.getApplicationContext().getEnvironment());
        }
    }

    /** Throws when a setting asks for beans the bean factory lacks, or the factory holds beans no setting asks for. */
    static void check(ConfigurableListableBeanFactory beans, Environment environment) {
        for (Decided decided : DECIDED) {
            boolean wanted = decided.wanted().test(environment);
            if (wanted != beans.containsBeanDefinition(decided.bean())) {
                String value = environment.getProperty(decided.setting(), "(not set)");
                throw new IllegalStateException(String.format(
                        "Started with -Dspring.aot.enabled=true, but %s=%s %s the bean '%s', which this jar's ahead-of-time processing %s. "
                                + "Start without -Dspring.aot.enabled=true (the CDS archive still applies), or build the jar with that "
                                + "setting given to the process-aot step (README, \"Start to ready\").",
                        decided.setting(), isSecretLooking(decided.setting()) ? "(set)" : value, wanted ? "needs" : "does not want",
                        decided.bean(), wanted ? "left out" : "built in"));
            }
        }
    }

    /** The datasource URL may carry a password as a parameter: say only that it is set. */
    private static boolean isSecretLooking(String setting) {
        return setting.endsWith(".url");
    }
}
