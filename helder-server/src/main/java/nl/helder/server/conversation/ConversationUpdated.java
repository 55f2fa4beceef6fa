package nl.helder.server.conversation;

import nl.helder.server.cluster.Broadcast;

import java.util.List;
import java.util.UUID;

/**
 * Published, in its transaction, whenever messages were added to a conversation or its state changed; live
 * listeners (the customer's event stream, the agent console) pick it up once the transaction committed, on
 * every node: the customer's stream may be open on another node than the one that handled the turn.
 *
 * @param banner    what the customer's header says now: the AI disclosure banner, or who is chatting
 * @param messages  the messages added, oldest first (may be empty when only the state changed)
 */
public record ConversationUpdated(UUID conversationId, ConversationState state, String banner, List<Message> messages) implements Broadcast {

    public ConversationUpdated {
        messages = List.copyOf(messages);
    }
}
