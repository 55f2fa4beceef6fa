package nl.helder.server.mail.internal;

import jakarta.mail.internet.MimeMessage;
import nl.helder.server.audit.Audited;
import nl.helder.server.conversation.EmailConversations;
import nl.helder.server.mail.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends queued replies. A reply is queued in the transaction that decided it; it is sent afterwards and marked sent
 * with its full text (the disclosure evidence) and an {@code EMAIL_SENT} audit entry. A crash between the SMTP
 * hand-over and that mark sends it once more on the next run, with the same Message-ID: at least once, never lost.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 100;

    private final MailStore store;
    private final MailServers servers;
    private final ReplyComposer composer;
    private final EmailConversations conversations;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;

    MailOutbox(MailStore store, MailServers servers, ReplyComposer composer, EmailConversations conversations,
               TransactionTemplate transaction, ApplicationEventPublisher events, MeterRegistry metrics, Clock clock) {
        this.store = store;
        this.servers = servers;
        this.composer = composer;
        this.conversations = conversations;
        this.transaction = transaction;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Sends what is queued; returns how many went out. Each reply is claimed first ({@code QUEUED} to
     * {@code SENDING} in one conditional update), so two nodes, or the job and an approval, never send one twice.
     */
    int sendQueued() {
        store.requeueStale(clock.instant().minus(java.time.Duration.ofMinutes(10)));
        int sent = 0;
        List<MailStore.Reply> batch = store.queued(BATCH);
        while (!batch.isEmpty()) {
            int before = sent;
            for (MailStore.Reply reply : batch) {
                if (send(reply)) {
                    sent++;
                }
            }
            // Stop when a whole batch failed (the SMTP server is down): the next run tries again.
            batch = sent == before ? List.of() : store.queued(BATCH);
        }
        return sent;
    }

    private boolean send(MailStore.Reply reply) {
        if (!store.claim(reply.id(), clock.instant())) {
            return false;
        }
        Optional<MailProperties.Mailbox> mailbox = servers.mailbox(reply.mailbox());
        Optional<MailStore.Thread> thread = store.thread(reply.conversationId());
        if (mailbox.isEmpty() || thread.isEmpty() || thread.get().customerAddress() == null) {
            // The mailbox was removed from the configuration, or the conversation erased: nobody to send it to.
            store.failed(reply.id());
            return false;
        }
        ReplyComposer.Composed composed = composer.compose(reply, mailbox.get());
        try {
            JavaMailSenderImpl sender = servers.sender(mailbox.get());
            MimeMessage message = composer.message(sender.getSession(), reply, thread.get(), mailbox.get(), composed);
            sender.send(message);
        } catch (Exception e) {
            log.warn("Could not send reply {} from {}: {}", reply.id(), reply.mailbox(), e.getMessage());
            metrics.counter("helder.email.send-failures").increment();
            store.unclaim(reply.id());
            return false;
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            store.sent(reply.id(), composed.plain(), now);
            if (reply.author() != MailStore.Author.PERSON) {
                // A person's reply is in the transcript already, as they wrote it in the console.
                conversations.replied(reply.conversationId(), reply.body(), reply.sources(),
                        reply.author() == MailStore.Author.AI ? null : reply.decidedBy());
            }
            events.publishEvent(new Audited("EMAIL_SENT", reply.decidedBy() == null ? "system" : reply.decidedBy(),
                    reply.conversationId(), Map.of("mailbox", reply.mailbox(), "author", reply.author().name(),
                    "locale", reply.locale(), "sources", reply.sources().size(),
                    "disclosed", reply.author() != MailStore.Author.PERSON), now));
        });
        metrics.counter("helder.email.sent", "author", reply.author().name()).increment();
        return true;
    }
}
