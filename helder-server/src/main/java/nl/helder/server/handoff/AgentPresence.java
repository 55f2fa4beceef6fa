package nl.helder.server.handoff;

/**
 * Which agents are signed in to the console right now: an agent counts from the moment its console opens
 * its live connection until that connection ends (logout, closed tab, lost network).
 */
public interface AgentPresence {

    /** Marks {@code username} present; close the returned handle when its connection ends. */
    Presence signIn(String username);

    /** How many distinct agents are present. */
    int agentsPresent();

    /** One console connection of one agent. */
    interface Presence extends AutoCloseable {
        @Override
        void close();
    }
}
