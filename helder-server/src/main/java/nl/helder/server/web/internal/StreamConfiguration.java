package nl.helder.server.web.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.web.StreamProperties;
import nl.helder.server.web.StreamSender;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One bounded sending pool for every live stream of this node. */
@Configuration(proxyBeanMethods = false)
class StreamConfiguration {

    @Bean(destroyMethod = "close")
    StreamSender streamSender(StreamProperties properties, MeterRegistry meters) {
        return new StreamSender(properties.senderThreads(), properties.maxPending(),
                properties.customerStreams() + properties.agentStreams(), meters);
    }
}
