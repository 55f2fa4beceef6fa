package nl.helder.server.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the live Server-Sent-Event streams.
 *
 * @param senderThreads   threads that write events to streams; a request or committing thread only queues. A write
 *                        to a client that stopped reading can block one of them until Tomcat's write timeout
 *                        ({@code server.tomcat.connection-timeout}), so this many dead clients at once delay the others
 * @param maxPending      events queued for one stream and not yet written; one more and the stream is ended (its
 *                        client reconnects and catches up with {@code Last-Event-ID}) instead of buffering without limit
 * @param customerStreams customer streams open on this node at most (then a new one is refused with 503); each
 *                        holds one connection, so Tomcat's {@code server.tomcat.max-connections} must be above it
 * @param agentStreams    console streams open on this node at most
 */
@ConfigurationProperties("helder.web.streams")
public record StreamProperties(@DefaultValue("2") int senderThreads, @DefaultValue("64") int maxPending,
                               @DefaultValue("10000") int customerStreams, @DefaultValue("1000") int agentStreams) {

    public StreamProperties {
        if (senderThreads < 1 || maxPending < 1 || customerStreams < 1 || agentStreams < 1) {
            throw new IllegalArgumentException("helder.web.streams.* must all be at least 1");
        }
    }
}
