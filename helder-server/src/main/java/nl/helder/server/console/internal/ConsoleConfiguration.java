package nl.helder.server.console.internal;

import nl.helder.server.web.EventStreams;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    /** A few console tabs per agent. */
    @Bean
    EventStreams<String> agentEventStreams() {
        return new EventStreams<>("agent", 5, 1_000, Duration.ofMinutes(30));
    }
}
