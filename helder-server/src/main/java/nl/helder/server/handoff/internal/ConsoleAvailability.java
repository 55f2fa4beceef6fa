package nl.helder.server.handoff.internal;

import nl.helder.server.handoff.AgentAvailability;
import nl.helder.server.handoff.HandoffProperties;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Availability from the opening hours and the agents signed in to the console. There is no agent console
 * yet, so no agent is ever signed in and every hand-off takes the offline fallback: a ticket, never a dead end.
 */
@Component
class ConsoleAvailability implements AgentAvailability {

    private final HandoffProperties properties;

    ConsoleAvailability(HandoffProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean agentsAvailable(Instant at) {
        return withinOpeningHours(at) && agentsSignedIn() > 0;
    }

    boolean withinOpeningHours(Instant at) {
        ZonedDateTime local = at.atZone(properties.zone());
        return local.getDayOfWeek() != DayOfWeek.SUNDAY
                && !local.toLocalTime().isBefore(properties.opens()) && local.toLocalTime().isBefore(properties.closes());
    }

    int agentsSignedIn() {
        return 0;
    }
}
