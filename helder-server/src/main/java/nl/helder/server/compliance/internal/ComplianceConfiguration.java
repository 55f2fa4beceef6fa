package nl.helder.server.compliance.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

    /**
     * The current rules file: the bundled one, or {@code helder.compliance.rules} to follow a change in the law before
     * a release. New classifications use it.
     */
    @Bean
    Classifier classifier(@Value("${helder.compliance.rules:classpath:compliance/ai-act-rules.yaml}") Resource rules) throws IOException {
        return load(rules);
    }

    /**
     * The current rules and the earlier versions ({@code helder.compliance.earlier-rules}; by default the 2024 text of
     * the Act), so that classifications made with an earlier version keep it and show what a newer one changes.
     */
    @Bean
    RulesVersions rulesVersions(Classifier classifier,
                                @Value("${helder.compliance.earlier-rules:classpath:compliance/ai-act-rules-2024.yaml}") Resource[] earlier)
            throws IOException {
        List<Classifier> loaded = new ArrayList<>();
        for (Resource resource : earlier) {
            loaded.add(load(resource));
        }
        return new RulesVersions(classifier, loaded);
    }

    private static Classifier load(Resource rules) throws IOException {
        try (InputStream in = rules.getInputStream()) {
            return new Classifier(AiActRules.load(in));
        }
    }

    @Bean
    LiteracyModule literacyModule(@Value("${helder.compliance.literacy:classpath:compliance/literacy.yaml}") Resource module) throws IOException {
        try (InputStream in = module.getInputStream()) {
            return LiteracyModule.load(in);
        }
    }

    /** Several instances may start at once on one database: the one that loses the race finds Helder registered. */
    @Bean
    SmartInitializingSingleton registerHelder(ComplianceService compliance) {
        return () -> {
            try {
                compliance.registerHelder();
            } catch (DuplicateKeyException registeredByAnotherInstance) {
                // The unique key on ai_system.builtin did its job.
            }
        };
    }
}
