package nl.helder.server.conversation;

import nl.helder.server.assistant.Answer;
import nl.helder.server.assistant.Source;
import nl.helder.server.handoff.HandoffReason;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Conversations on the e-mail channel. An e-mail is a customer turn like a chat message: the same input guards
 * (personal data redaction, injection, signals) and the same turn policy decide it, and it is stored, audited and
 * queued for people as a chat turn is. What differs is delivery: the assistant's reply is not shown here but handed
 * back, for the mail feature to send or to keep as a draft for a person.
 */
public interface EmailConversations {

    /**
     * Takes one e-mail as a customer turn. The slow part (guards, retrieval) runs first; then, in one transaction,
     * the conversation is opened if needed, the redacted e-mail stored, a hand-off queued, and
     * {@code inTransaction} runs with the result, so the mail feature's own rows commit with the turn or not at all.
     */
    EmailTurn receive(Incoming incoming, Consumer<EmailTurn> inTransaction);

    /**
     * A reply went out by e-mail: its text joins the transcript as the assistant's answer. When a person approved
     * it ({@code checkedBy} not null) and the conversation only waited for that approval, it goes back to the
     * assistant, so the customer's next e-mail is answered again. Joins the caller's transaction.
     */
    void replied(UUID conversationId, String text, List<Source> sources, String checkedBy);

    /** The text with personal data made unreadable, by the same guard as a customer turn (for quoted history). */
    String redact(String text);

    /** The conversation's channel; empty when there is no such conversation. */
    Optional<Channel> channelOf(UUID conversationId);

    /**
     * @param conversationId the conversation the e-mail's thread belongs to, or {@code null}; a new one is opened
     *                       when it is null, unknown, closed or erased
     * @param locale         the customer's language
     * @param text           the e-mail's own new text: quoted history and signature already stripped
     * @param screened       text only the injection guard reads (quoted history, attachments' text): an attempt
     *                       to steer the assistant there is refused like one in the text itself
     * @param autoSend       whether a confident answer may go out without a person (the mailbox's AUTO mode)
     * @param scope          the knowledge-base tags the mailbox answers from; empty: the whole knowledge base
     */
    record Incoming(UUID conversationId, String locale, String text, List<String> screened, boolean autoSend, Set<String> scope) {
        public Incoming {
            screened = List.copyOf(screened);
            scope = scope == null ? Set.of() : Set.copyOf(scope);
        }

        public Incoming(UUID conversationId, String locale, String text, List<String> screened, boolean autoSend) {
            this(conversationId, locale, text, screened, autoSend, Set.of());
        }
    }

    /** What happens to an e-mail's reply. */
    enum Disposition {
        /** Send the answer now (AUTO mode, a confident answer that passed the output guard). */
        SEND,
        /** Keep the answer as a draft for a person to approve, edit or discard; the conversation is queued. */
        DRAFT,
        /** A person handles it (a signal, or no answer); no automatic reply. {@code answer} may hold a draft. */
        HANDED_OVER,
        /** An attempt to steer the assistant: no reply, audited. */
        REFUSED,
        /** A person already has the conversation: the e-mail is stored for them. */
        FOR_PERSON
    }

    /**
     * @param conversationId the conversation it was stored in
     * @param opened         whether that conversation was opened by this e-mail
     * @param storedText     the e-mail's text as stored (redacted)
     * @param answer         the answer to send or draft; {@code null} when there is none
     * @param handoff        why a person handles it, or {@code null}
     * @param signals        the signals the guard recognised, for the audit trail and the figures
     * @param locale         the conversation's language: the reply's
     */
    record EmailTurn(UUID conversationId, boolean opened, Disposition disposition, String storedText, Answer answer,
                     HandoffReason handoff, ConversationState state, java.util.Set<String> signals, String locale) {
    }
}
