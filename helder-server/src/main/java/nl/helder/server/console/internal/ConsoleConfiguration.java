package nl.helder.server.console.internal;

import nl.helder.server.web.EventStreams;
import nl.helder.server.web.StreamProperties;
import nl.helder.server.web.StreamSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration {

    /** A few console tabs per agent. */
    @Bean
    EventStreams<String> agentEventStreams(StreamSender sender, StreamProperties properties) {
        return new EventStreams<>("agent", 5, properties.agentStreams(), Duration.ofMinutes(30), sender);
    }
}
