package nl.helder.server.conversation.internal;

import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.ConversationUpdated;
import nl.helder.server.conversation.Message;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Announces what changed in a conversation, with the header the customer should see now: the AI banner
 * while the assistant (or nobody yet) has the conversation, the person's name while a person has it.
 */
@Component
class ConversationUpdates {

    private final ApplicationEventPublisher events;
    private final Disclosures disclosures;
    private final MessageSource messages;

    ConversationUpdates(ApplicationEventPublisher events, Disclosures disclosures, MessageSource messages) {
        this.events = events;
        this.disclosures = disclosures;
        this.messages = messages;
    }

    /** The header text for a conversation in {@code state}; {@code agentName} is used while a person has it. */
    String banner(ConversationState state, String locale, String agentName) {
        if (state == ConversationState.WITH_AGENT && agentName != null) {
            return messages.getMessage("agent.banner", new Object[] {agentName}, Locale.forLanguageTag(locale));
        }
        return disclosures.banner(locale);
    }

    /** The assistant's answer as far as it is written and checked, for the customer's live view; never stored. */
    record AnswerDrafted(UUID conversationId, String text) {
    }

    /** Publishes a draft at once: there is no transaction yet while the answer is being written. */
    void draft(UUID conversationId, String text) {
        events.publishEvent(new AnswerDrafted(conversationId, text));
    }

    /** Publishes within the caller's transaction; live listeners act once it committed. */
    void publish(UUID conversationId, ConversationState state, String locale, String agentName, List<Message> added) {
        events.publishEvent(new ConversationUpdated(conversationId, state, banner(state, locale, agentName), added));
    }
}
