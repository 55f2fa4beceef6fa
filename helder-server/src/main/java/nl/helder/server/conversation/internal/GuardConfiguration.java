package nl.helder.server.conversation.internal;

import nl.helder.guard.Guards;
import nl.helder.guard.InputGuard;
import nl.helder.guard.OutputGuard;
import nl.helder.server.conversation.RedactionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guards every customer turn runs through: the same set as {@code helder-guard.jar scan}. */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    /** The input guard; its signal detector also reads whether the customer asks what they talk to ({@code InputScan}). */
    @Bean
    InputGuard inputGuard(RedactionProperties redaction) {
        return Guards.standardInputGuard(redaction.redaction());
    }

    /** The last gate before a customer reads an answer, whichever assistant wrote it. */
    @Bean
    OutputGuard outputGuard() {
        return OutputGuard.standard();
    }
}
