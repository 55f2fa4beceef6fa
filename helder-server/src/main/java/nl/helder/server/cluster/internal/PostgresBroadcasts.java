package nl.helder.server.cluster.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.helder.server.cluster.Broadcast;
import nl.helder.server.cluster.BroadcastsInterrupted;
import nl.helder.server.cluster.ClusterProperties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Broadcasts between nodes over PostgreSQL {@code LISTEN/NOTIFY} on the channel {@value #CHANNEL}.
 * <p>
 * Sending: a {@link Broadcast} published in a transaction is queued once that transaction committed (never when
 * it rolled back) and sent with {@code pg_notify} by one sending thread, many in one transaction that does not wait
 * for its WAL flush. Not off the committing thread only for speed: NOTIFY in the turn's own transaction made every
 * committing turn wait on one lock through the previous one's WAL flush. A text over {@value #INLINE_LIMIT} bytes
 * (NOTIFY takes fewer than 8000) is written to {@code cluster_outbox} in the sending transaction and only its row
 * id is sent. An update queued when the node crashes is lost; its clients catch up when their streams reconnect.
 * <p>
 * Receiving: one thread holds one connection that listens, and republishes what other nodes sent as a local
 * event outside any transaction. When that connection breaks it listens again after
 * {@link ClusterProperties#listenRetry()} and publishes {@link BroadcastsInterrupted}, since notifications sent
 * meanwhile are lost.
 */
final class PostgresBroadcasts implements SmartLifecycle {

    static final String CHANNEL = "helder_broadcast";
    static final int INLINE_LIMIT = 7_000;
    private static final Logger log = LoggerFactory.getLogger(PostgresBroadcasts.class);

    /** One running instance: a restarted node is a new sender, which is all the id is for. */
    private final String node = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ClusterProperties properties;
    private final BroadcastCodec codec = new BroadcastCodec();
    private final Counter sent;
    private final Counter received;
    private final Counter interruptions;
    /** Marks republishing on the listening thread, so a received event is not sent on again. */
    private final ThreadLocal<Boolean> republishing = ThreadLocal.withInitial(() -> false);
    private volatile boolean running;
    private volatile Thread listener;
    private volatile Thread sender;
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(10_000);
    private final TransactionTemplate transaction;
    private final Counter dropped;
    private volatile Connection listening;

    PostgresBroadcasts(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events,
                       ClusterProperties properties, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.dropped = meters.counter("helder.cluster.broadcasts", "direction", "dropped");
        this.jdbc = jdbc;
        this.events = events;
        this.properties = properties;
        this.sent = meters.counter("helder.cluster.broadcasts", "direction", "sent");
        this.received = meters.counter("helder.cluster.broadcasts", "direction", "received");
        this.interruptions = meters.counter("helder.cluster.listen.interruptions");
    }

    /**
     * Queues the event once its transaction committed (at once outside one); the sending thread sends it. Not in
     * the committing transaction: PostgreSQL serialises every committing transaction that notified on one lock held
     * through its WAL flush, which measured as every turn waiting for the previous one's commit.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void send(Broadcast event) {
        if (republishing.get()) {
            return;
        }
        if (!outgoing.offer(codec.write(event))) {
            dropped.increment();
            log.warn("Live-update queue full; an update is not sent to the other nodes (their clients catch up on reconnect)");
        }
    }

    /**
     * Sends what is queued, up to a hundred at a time, in one transaction that does not wait for its WAL flush:
     * it changes nothing worth keeping after a crash, and the lock NOTIFY takes is then held only for moments.
     */
    private void sendQueued() {
        List<String> batch = new ArrayList<>();
        while (running || !outgoing.isEmpty()) {
            try {
                String first = outgoing.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, 99);
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("SET LOCAL synchronous_commit TO off").update();
                    for (String text : batch) {
                        String payload = text.getBytes(StandardCharsets.UTF_8).length <= INLINE_LIMIT ? "=" + text : "#" + outbox(text);
                        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", node + payload)
                                .query((rs, row) -> 1).list();
                    }
                });
                sent.increment(batch.size());
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException failed) {
                dropped.increment(batch.size());
                log.warn("Could not send {} live updates to the other nodes: {}", batch.size(), failed.toString());
            } finally {
                batch.clear();
            }
        }
    }

    private long outbox(String text) {
        return jdbc.sql("INSERT INTO cluster_outbox (payload, created_at) VALUES (:payload, :at) RETURNING id")
                .param("payload", text).param("at", System.currentTimeMillis()).query(Long.class).single();
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "helder-broadcasts");
        listener.setDaemon(true);
        listener.start();
        sender = new Thread(this::sendQueued, "helder-broadcast-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void stop() {
        running = false;
        for (Thread thread : new Thread[] {listener, sender}) {
            join(thread);
        }
    }

    private static void join(Thread thread) {
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, so updates from requests finishing during a graceful stop are still sent. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4_096;
    }

    private void listen() {
        boolean interrupted = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (interrupted) {
                    events.publishEvent(new BroadcastsInterrupted());
                    interrupted = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException broken) {
                if (!running) {
                    return;
                }
                interrupted = true;
                interruptions.increment();
                log.warn("Lost the connection that receives other nodes' live updates; listening again in {}: {}",
                        properties.listenRetry(), broken.toString());
                try {
                    Thread.sleep(properties.listenRetry().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            } finally {
                listening = null;
            }
        }
    }

    private void receive(String payload) {
        if (payload.length() < node.length() + 1 || payload.startsWith(node)) {
            return; // our own: the local listeners had it already
        }
        String body = payload.substring(node.length());
        String text = body.charAt(0) == '#' ? fromOutbox(Long.parseLong(body.substring(1))) : body.substring(1);
        if (text == null) {
            return;
        }
        Optional<Broadcast> event;
        try {
            event = codec.read(text);
        } catch (RuntimeException unreadable) {
            log.warn("Ignoring a broadcast this node cannot read: {}", unreadable.toString());
            return;
        }
        event.ifPresent(this::republish);
    }

    private String fromOutbox(long id) {
        return jdbc.sql("SELECT payload FROM cluster_outbox WHERE id = :id").param("id", id).query(String.class).optional().orElse(null);
    }

    private void republish(Broadcast event) {
        received.increment();
        republishing.set(true);
        try {
            events.publishEvent(event);
        } catch (RuntimeException failed) {
            log.warn("A listener failed on a broadcast from another node: {}", failed.toString());
        } finally {
            republishing.set(false);
        }
    }

    /** Deletes outbox rows every node has had time to read. */
    int removeOldOutbox(long olderThanMillis) {
        return jdbc.sql("DELETE FROM cluster_outbox WHERE created_at < :before")
                .param("before", System.currentTimeMillis() - olderThanMillis).update();
    }
}
