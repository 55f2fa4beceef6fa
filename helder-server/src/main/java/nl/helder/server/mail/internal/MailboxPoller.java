package nl.helder.server.mail.internal;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.eclipse.angus.mail.imap.IMAPFolder;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.helder.server.mail.MailProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the mailboxes every {@code helder.email.poll-interval}, on one node at a time (a ShedLock lock, as the
 * retention job): the unread messages of each mailbox's folder, oldest first, each processed and then marked
 * {@code \Seen}, only after its turn committed. A crash before that mark leaves it unread; the next run finds its
 * Message-ID already processed and only marks it. Then the outbox sends what was queued.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int CHUNK = 50;
    private static final FetchProfile WHOLE_MESSAGES = new FetchProfile();

    static {
        WHOLE_MESSAGES.add(FetchProfile.Item.FLAGS);
        WHOLE_MESSAGES.add(IMAPFolder.FetchProfileItem.MESSAGE);
    }

    private final MailProperties properties;
    private final MailServers servers;
    private final MailProcessor processor;
    private final MailOutbox outbox;
    private final LockingTaskExecutor locks;
    private final TaskScheduler scheduler;
    private final MeterRegistry metrics;
    private final Clock clock;

    MailboxPoller(MailProperties properties, MailServers servers, MailProcessor processor, MailOutbox outbox,
                  LockProvider lockProvider, TaskScheduler scheduler, MeterRegistry metrics, Clock clock) {
        this.properties = properties;
        this.servers = servers;
        this.processor = processor;
        this.outbox = outbox;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.scheduler = scheduler;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.mailboxes().isEmpty()) {
            // The first run after one interval: a start is busy enough, and a run asked for at once is not skipped for it.
            scheduler.scheduleWithFixedDelay(this::scheduled, clock.instant().plus(properties.pollInterval()), properties.pollInterval());
            log.info("E-mail channel: reading {} mailbox(es) every {}", properties.mailboxes().size(), properties.pollInterval());
        }
    }

    void scheduled() {
        try {
            pollNow();
        } catch (RuntimeException e) {
            log.warn("E-mail poll failed: {}", e.getMessage());
        }
    }

    /** One run over every mailbox, under the cluster-wide lock; the counts of what became of the messages read. */
    Map<MailProcessor.Result, Integer> pollNow() {
        Map<MailProcessor.Result, Integer> counts = new EnumMap<>(MailProcessor.Result.class);
        Duration atMost = properties.pollInterval().multipliedBy(10).plusMinutes(10);
        locks.executeWithLock((Runnable) () -> {
            for (MailProperties.Mailbox mailbox : properties.mailboxes()) {
                read(mailbox, counts);
            }
            outbox.sendQueued();
        }, new LockConfiguration(clock.instant(), "email-poll", atMost, Duration.ZERO));
        return counts;
    }

    private void read(MailProperties.Mailbox mailbox, Map<MailProcessor.Result, Integer> counts) {
        try (Store store = servers.connect(mailbox)) {
            Folder folder = store.getFolder(mailbox.imap().folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                Message[] batch = Arrays.copyOf(unread, Math.min(unread.length, properties.batchSize()));
                for (int from = 0; from < batch.length; from += CHUNK) {
                    Message[] chunk = Arrays.copyOfRange(batch, from, Math.min(batch.length, from + CHUNK));
                    // Whole messages in one round trip per chunk, not part by part.
                    folder.fetch(chunk, WHOLE_MESSAGES);
                    List<Message> done = new ArrayList<>();
                    for (Message message : chunk) {
                        MailProcessor.Result result = processOne(mailbox, message);
                        if (result != null) {
                            counts.merge(result, 1, Integer::sum);
                            done.add(message);
                        }
                    }
                    // Marked after their turns committed; a crash before this leaves them unread, and the next run
                    // finds them processed already (DUPLICATE) and only marks them.
                    if (!done.isEmpty()) {
                        folder.setFlags(done.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("Could not read mailbox {}: {}", mailbox.address(), e.getMessage());
            metrics.counter("helder.email.read-failures").increment();
        }
    }

    /** The result, or {@code null} when it failed in a way worth another try (left unread). */
    private MailProcessor.Result processOne(MailProperties.Mailbox mailbox, Message message) {
        try {
            // A full copy: the message is read once, not part by part over the connection.
            MimeMessage copy = new MimeMessage((MimeMessage) message);
            MailProcessor.Result result = processor.process(mailbox, copy);
            metrics.counter("helder.email.received", "result", result.name()).increment();
            return result;
        } catch (MessagingException | java.io.IOException | RuntimeException e) {
            log.warn("Could not process a message of {}: {}", mailbox.address(), e.toString());
            metrics.counter("helder.email.process-failures").increment();
            return null;
        }
    }
}
