package nl.helder.server.conversation.internal;

import nl.helder.guard.Guards;
import nl.helder.guard.InputGuard;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.signals.ConversationSignals;
import nl.helder.server.conversation.RedactionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guards every customer turn runs through: the same set as {@code helder-guard.jar scan}. */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    /** One detector for the input guard's signals and the turn's "what am I talking to?" question. */
    @Bean
    ConversationSignals conversationSignals() {
        return new ConversationSignals();
    }

    @Bean
    InputGuard inputGuard(RedactionProperties redaction, ConversationSignals signals) {
        return Guards.standardInputGuard(redaction.redaction(), signals);
    }

    /** The last gate before a customer reads an answer, whichever assistant wrote it. */
    @Bean
    OutputGuard outputGuard() {
        return OutputGuard.standard();
    }
}
