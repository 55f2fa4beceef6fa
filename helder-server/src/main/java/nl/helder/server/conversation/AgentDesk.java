package nl.helder.server.conversation;

import nl.helder.server.handoff.HandoffReason;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a person in the agent console can do with conversations. An agent acts only on a conversation it
 * claimed; every claim, reply, hand-back and close is published as an {@link AgentAction} and so audited.
 * Violations are reported as {@link AgentDeskException}.
 */
public interface AgentDesk {

    /** Conversations waiting for a person (longest waiting first), then those a person has taken over. */
    List<QueueEntry> queue();

    /** The whole stored (redacted) transcript with its hand-off facts. */
    Transcript transcript(UUID conversationId);

    /** Takes a waiting conversation over; the customer is told who joined. Claiming one's own again is a no-op. */
    Transcript claim(UUID conversationId, Agent agent);

    /** A person's message to the customer. */
    Message reply(UUID conversationId, Agent agent, String text);

    /** Gives the conversation back to the AI assistant; the customer is shown the AI disclosure again. */
    void handBack(UUID conversationId, Agent agent);

    /** Ends the conversation with an outcome; the customer is told it ended. */
    void close(UUID conversationId, Agent agent, Outcome outcome);

    /** A staff member as the desk knows it: the username acts, the display name is what customers see. */
    record Agent(String username, String displayName) {
    }

    /** How a person closed a conversation. */
    enum Outcome {
        RESOLVED, NOT_RESOLVED, FOLLOW_UP, NO_RESPONSE
    }

    /**
     * @param waitingSince when the customer was handed over (the queue's order)
     * @param agent        the username of the person who claimed it, or {@code null} while waiting
     * @param channel      where the customer wrote: the chat widget or e-mail
     */
    record QueueEntry(UUID conversationId, ConversationState state, String locale, HandoffReason reason,
                      Instant waitingSince, String agent, String lastCustomerText, Instant updatedAt, Channel channel) {
    }

    record Transcript(UUID conversationId, ConversationState state, String locale, HandoffReason reason,
                      Instant waitingSince, String agent, String agentName, Outcome outcome, List<Message> messages,
                      Channel channel) {
    }
}
