package nl.helder.server.handoff.internal;

import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.AgentPresence;
import nl.helder.server.handoff.HandoffProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Availability from the opening hours and the agents whose console is connected to any node. Outside those
 * hours, or with nobody connected, a hand-off takes the offline fallback: a ticket, never a dead end.
 * <p>
 * Each node counts its own connections in memory and publishes them to {@link PresenceTable} at once on connect
 * and disconnect, and again every third of {@code helder.handoff.presence-expiry}; every node reads the table, where a
 * row not refreshed within {@code helder.handoff.presence-expiry} no longer counts, so a node that dies stops
 * counting within that time.
 */
@Component
class ConsoleAvailability implements AgentAvailability, AgentPresence {

    private final HandoffProperties properties;
    private final PresenceTable table;
    private final Clock clock;
    private final TaskScheduler scheduler;
    /** Connections per agent on this node: one agent with two tabs is one agent. */
    private final Map<String, Integer> connections = new ConcurrentHashMap<>();

    ConsoleAvailability(HandoffProperties properties, PresenceTable table, Clock clock, TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean agentsAvailable(Instant at) {
        return properties.open(at) && agentsPresent() > 0;
    }

    /**
     * Counting and publishing happen under one lock, so a heartbeat can never publish a count that a disconnect
     * has already replaced (which would bring back a closed console until the expiry).
     */
    @Override
    public Presence signIn(String username) {
        synchronized (connections) {
            int count = connections.merge(username, 1, Integer::sum);
            table.publish(username, count, clock.instant());
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                synchronized (connections) {
                    Integer left = connections.computeIfPresent(username, (name, n) -> n == 1 ? null : n - 1);
                    table.publish(username, left == null ? 0 : left, clock.instant());
                }
            }
        };
    }

    @Override
    public int agentsPresent() {
        return table.agentsSeenSince(clock.instant().minus(properties.presenceExpiry()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void startHeartbeat() {
        scheduler.scheduleWithFixedDelay(this::heartbeat, properties.presenceExpiry().dividedBy(3));
    }

    void heartbeat() {
        synchronized (connections) {
            Instant now = clock.instant();
            connections.forEach((username, count) -> table.publish(username, count, now));
        }
    }

    @EventListener(ContextClosedEvent.class)
    void leave() {
        table.leave();
    }
}
