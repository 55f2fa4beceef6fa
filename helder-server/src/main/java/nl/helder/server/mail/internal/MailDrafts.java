package nl.helder.server.mail.internal;

import nl.helder.server.audit.Audited;
import nl.helder.server.conversation.AgentDesk;
import nl.helder.server.conversation.Channel;
import nl.helder.server.conversation.ConversationErased;
import nl.helder.server.conversation.ConversationUpdated;
import nl.helder.server.conversation.EmailConversations;
import nl.helder.server.conversation.Message;
import nl.helder.server.conversation.MessageKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What people do with e-mail replies: approve a draft (as written or edited), discard it, and answer an e-mail
 * conversation they claimed (their console reply goes out by e-mail). Each decision is audited with who made it.
 */
@Component
class MailDrafts {

    /** Why a decision on a draft was refused. */
    static final class Refused extends RuntimeException {
        final boolean notFound;

        Refused(boolean notFound, String message) {
            super(message);
            this.notFound = notFound;
        }
    }

    private final MailStore store;
    private final EmailConversations conversations;
    private final AgentDesk desk;
    private final MailOutbox outbox;
    private final org.springframework.scheduling.TaskScheduler scheduler;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailDrafts(MailStore store, EmailConversations conversations, AgentDesk desk, MailOutbox outbox,
               org.springframework.scheduling.TaskScheduler scheduler, TransactionTemplate transaction,
               ApplicationEventPublisher events, Clock clock) {
        this.scheduler = scheduler;
        this.store = store;
        this.outbox = outbox;
        this.desk = desk;
        this.conversations = conversations;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Queues the draft to be sent, with {@code editedText} instead of the assistant's when given; it then says a
     * person checked it.
     */
    MailStore.Reply approve(UUID draftId, String editedText, String username, String displayName) {
        return transaction.execute(status -> {
            MailStore.Reply draft = openDraft(draftId);
            String body = editedText == null || editedText.isBlank() ? draft.body() : editedText.strip();
            if (body.length() > 20_000) {
                throw new Refused(false, "The reply is longer than 20000 characters.");
            }
            boolean edited = !body.equals(draft.body());
            store.decide(draftId, MailStore.ReplyState.QUEUED, MailStore.Author.AI_CHECKED, body, displayName);
            Instant now = clock.instant();
            String customer = store.thread(draft.conversationId()).map(MailStore.Thread::customerAddress).orElse(null);
            store.record(draft.mailbox(), draft.messageId(), MailStore.Direction.OUT, draft.conversationId(), "QUEUED", customer, now);
            events.publishEvent(new Audited("EMAIL_DRAFT_APPROVED", username, draft.conversationId(),
                    Map.of("mailbox", draft.mailbox(), "edited", edited), now));
            return store.reply(draftId).orElseThrow();
        });
    }

    void discard(UUID draftId, String username) {
        transaction.executeWithoutResult(status -> {
            MailStore.Reply draft = openDraft(draftId);
            store.decide(draftId, MailStore.ReplyState.DISCARDED, draft.author(), draft.body(), username);
            events.publishEvent(new Audited("EMAIL_DRAFT_DISCARDED", username, draft.conversationId(),
                    Map.of("mailbox", draft.mailbox()), clock.instant()));
        });
    }

    private MailStore.Reply openDraft(UUID draftId) {
        MailStore.Reply draft = store.replyForUpdate(draftId).orElseThrow(() -> new Refused(true, "No draft with id " + draftId + "."));
        if (draft.state() != MailStore.ReplyState.DRAFT) {
            throw new Refused(false, "This draft was already " + draft.state().name().toLowerCase() + ".");
        }
        return draft;
    }

    /**
     * A person's reply in the console to an e-mail conversation goes out by e-mail: queued in the same transaction
     * as the reply itself, so it is stored and sent, or neither.
     */
    @EventListener
    void on(ConversationUpdated update) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            // A copy another node broadcast (outside any transaction): that node queued the e-mail already.
            return;
        }
        for (Message message : update.messages()) {
            if (message.kind() != MessageKind.AGENT) {
                continue;
            }
            Optional<MailStore.Thread> thread = store.thread(update.conversationId());
            if (thread.isEmpty() || conversations.channelOf(update.conversationId()).orElse(Channel.CHAT) != Channel.EMAIL) {
                return;
            }
            Instant now = clock.instant();
            String mailbox = thread.get().mailbox();
            String locale = desk.transcript(update.conversationId()).locale();
            MailStore.Reply reply = new MailStore.Reply(UUID.randomUUID(), update.conversationId(), mailbox, MailStore.ReplyState.QUEUED,
                    MailStore.Author.PERSON, locale, message.text(), message.sources(), MailProcessor.newMessageId(mailbox), null,
                    message.author(), now, null);
            store.insert(reply);
            store.record(mailbox, reply.messageId(), MailStore.Direction.OUT, update.conversationId(), "QUEUED",
                    thread.get().customerAddress(), now);
        }
    }

    /** A person's reply queued above goes out as soon as it is committed, not on the next mailbox run. */
    @org.springframework.transaction.event.TransactionalEventListener
    void sendAfterCommit(ConversationUpdated update) {
        if (update.messages().stream().anyMatch(message -> message.kind() == MessageKind.AGENT)
                && conversations.channelOf(update.conversationId()).orElse(Channel.CHAT) == Channel.EMAIL) {
            // On another thread: here the committed transaction's connection is still bound to this one.
            scheduler.schedule(outbox::sendQueued, clock.instant());
        }
    }

    /** The customer's address and the quoted history go with the conversation's content. */
    @EventListener
    void on(ConversationErased erased) {
        store.forgetAddress(erased.conversationId());
    }
}
