package nl.helder.server.compliance.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;

import java.io.IOException;
import java.io.InputStream;

@Configuration(proxyBeanMethods = false)
class ComplianceConfiguration {

    /** The rules file: the bundled one, or {@code helder.compliance.rules} to follow a change in the law before a release. */
    @Bean
    Classifier classifier(@Value("${helder.compliance.rules:classpath:compliance/ai-act-rules.yaml}") Resource rules) throws IOException {
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
