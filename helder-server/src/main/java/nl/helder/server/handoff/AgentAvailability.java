package nl.helder.server.handoff;

import java.time.Instant;

/** Whether a person can take over a conversation now. */
public interface AgentAvailability {

    /** True when it is within opening hours and at least one agent is signed in to the console. */
    boolean agentsAvailable(Instant at);
}
