package nl.helder.server.web.internal;

import nl.helder.server.web.EventStreams;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps every open event stream alive through proxies that cut idle connections, and finds dead ones; ends
 * them all when the application stops (clients reconnect to the next instance).
 */
@Component
class StreamHeartbeat {

    private final List<EventStreams<?>> streams;

    StreamHeartbeat(List<EventStreams<?>> streams) {
        this.streams = streams;
    }

    @Scheduled(fixedDelayString = "${helder.web.stream-heartbeat:20s}")
    void beat() {
        streams.forEach(EventStreams::heartbeat);
    }

    /** Published before the web server's graceful shutdown, which would otherwise wait for every open stream. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        streams.forEach(EventStreams::completeAll);
    }
}
