package nl.helder.server.conversation;

import java.util.List;
import java.util.UUID;

/**
 * Published, in its transaction, whenever messages were added to a conversation or its state changed; live
 * listeners (the customer's event stream, the agent console) pick it up once the transaction committed.
 *
 * @param banner    what the customer's header says now: the AI disclosure banner, or who is chatting
 * @param messages  the messages added, oldest first (may be empty when only the state changed)
 */
public record ConversationUpdated(UUID conversationId, ConversationState state, String banner, List<Message> messages) {

    public ConversationUpdated {
        messages = List.copyOf(messages);
    }
}
