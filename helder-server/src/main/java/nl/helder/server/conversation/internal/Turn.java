package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.Message;

import java.util.List;

/** What a customer action left behind: the conversation's state and the messages it added, in order. */
record Turn(ConversationState state, List<Message> messages) {

    Turn {
        messages = List.copyOf(messages);
    }
}
