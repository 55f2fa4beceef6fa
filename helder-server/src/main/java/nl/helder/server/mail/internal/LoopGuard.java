package nl.helder.server.mail.internal;

import nl.helder.server.mail.MailProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * At most {@code helder.email.replies-per-sender-per-hour} replies to one address per hour go out without a person:
 * two automatic systems answering each other stop there, and so does a flood from one sender. Past the limit the
 * assistant's answer is kept as a draft for a person instead.
 */
@Component
class LoopGuard {

    private final MailStore store;
    private final MailProperties properties;
    private final Clock clock;

    LoopGuard(MailStore store, MailProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    boolean allowsReplyTo(String address) {
        return store.repliesTo(address, clock.instant().minus(Duration.ofHours(1))) < properties.repliesPerSenderPerHour();
    }
}
