package nl.helder.server.handoff.internal;

import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.AgentPresence;
import nl.helder.server.handoff.HandoffProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Availability from the opening hours and the agents whose console is connected. Outside those hours, or
 * with nobody connected, a hand-off takes the offline fallback: a ticket, never a dead end.
 */
@Component
class ConsoleAvailability implements AgentAvailability, AgentPresence {

    private final HandoffProperties properties;
    /** Connections per agent: one agent with two tabs is one agent. */
    private final Map<String, Integer> connections = new ConcurrentHashMap<>();

    ConsoleAvailability(HandoffProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean agentsAvailable(Instant at) {
        return properties.open(at) && agentsPresent() > 0;
    }

    @Override
    public Presence signIn(String username) {
        connections.merge(username, 1, Integer::sum);
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                connections.computeIfPresent(username, (name, count) -> count == 1 ? null : count - 1);
            }
        };
    }

    @Override
    public int agentsPresent() {
        return connections.size();
    }
}
