package nl.helder.server.conversation.internal;

import nl.helder.guard.Guards;
import nl.helder.guard.InputGuard;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guards every customer turn runs through: the same set as {@code helder-guard.jar scan}. */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    InputGuard inputGuard() {
        return Guards.standardInputGuard();
    }
}
