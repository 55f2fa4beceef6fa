package nl.helder.server.mail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.helder.server.audit.Audited;
import nl.helder.server.conversation.ConversationProperties;
import nl.helder.server.conversation.EmailConversations;
import nl.helder.server.conversation.TicketOpened;
import nl.helder.server.handoff.HandoffReason;
import nl.helder.server.handoff.Tickets;
import nl.helder.server.mail.MailProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One received e-mail, start to end: parsed; skipped when this mailbox already processed its Message-ID; no reply
 * at all to automatic mail (RFC 3834), only an audit entry; otherwise a customer turn of its thread's conversation
 * (a new one for a new thread) and, in that turn's transaction, the thread's facts, the record that it was processed,
 * the reply queued (AUTO mode, a confident answer, the loop guard permitting) or kept as a draft, and for a signal a
 * ticket with the customer's address.
 */
@Component
class MailProcessor {

    /** What became of one e-mail. */
    enum Result { SENT, DRAFTED, HANDED_OVER, REFUSED, FOR_PERSON, NO_REPLY, DUPLICATE }

    private static final int QUOTED_CHARS = 20_000;
    /** A reply's or a forward's subject names the earlier topic, not the new question. */
    private static final java.util.regex.Pattern REPLY_SUBJECT = java.util.regex.Pattern.compile(
            "^\\s*(re|aw|antw|antwoord|fw|fwd|wg|tr|doorst)\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final MailStore store;
    private final EmailConversations conversations;
    private final LoopGuard loopGuard;
    private final Tickets tickets;
    private final ConversationProperties conversationProperties;
    private final MailParser parser;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailProcessor(MailStore store, EmailConversations conversations, LoopGuard loopGuard, Tickets tickets,
                  ConversationProperties conversationProperties, MailProperties properties, TransactionTemplate transaction,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.loopGuard = loopGuard;
        this.tickets = tickets;
        this.conversationProperties = conversationProperties;
        this.parser = new MailParser(properties.maxAttachmentBytes());
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    Result process(MailProperties.Mailbox mailbox, MimeMessage message) throws MessagingException, IOException {
        ParsedMail mail = parser.parse(message);
        String box = mailbox.address().toLowerCase(java.util.Locale.ROOT);
        if (store.seen(box, mail.messageId())) {
            return Result.DUPLICATE;
        }
        String automatic = mail.automatic();
        if (automatic == null && box.equalsIgnoreCase(mail.from())) {
            automatic = "own-address";
        }
        if (automatic != null) {
            String reason = automatic;
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                // A bounce or an auto-reply to one of our replies joins that conversation's record, answered by nobody.
                UUID conversation = store.conversationOf(box, mail.threadIds()).orElse(null);
                store.record(box, mail.messageId(), MailStore.Direction.IN, conversation, "NO_REPLY", mail.from(), now);
                events.publishEvent(new Audited("EMAIL_NOT_ANSWERED", "system", conversation,
                        Map.of("mailbox", box, "reason", reason), now));
            });
            return Result.NO_REPLY;
        }
        Optional<UUID> thread = store.conversationOf(box, mail.threadIds());
        String locale = MailLanguage.of(mail.language(), mail.subject() + "\n" + mail.text(), conversationProperties.locales(),
                mailbox.locale());
        boolean autoSend = mailbox.mode() == MailProperties.Mode.AUTO && loopGuard.allowsReplyTo(mail.from());
        List<String> screened = new ArrayList<>();
        screened.add(mail.quoted());
        screened.addAll(mail.attachmentTexts());
        // The subject is part of what the customer asks: "Retour" with "kan dat nog?" is a question about returns.
        String text = mail.threadIds().isEmpty() && !REPLY_SUBJECT.matcher(mail.subject()).find() && !mail.text().contains(mail.subject())
                ? (mail.subject() + "\n\n" + mail.text()).strip() : mail.text();
        String quoted = conversations.redact(mail.quoted().length() > QUOTED_CHARS ? mail.quoted().substring(0, QUOTED_CHARS) : mail.quoted());
        String subject = conversations.redact(mail.subject().length() > 400 ? mail.subject().substring(0, 400) : mail.subject());
        String attachments = attachments(mail);
        EmailConversations.EmailTurn turn = conversations.receive(
                new EmailConversations.Incoming(thread.orElse(null), locale, text, screened, autoSend, java.util.Set.copyOf(mailbox.knowledgeTags())),
                decided -> stored(box, mail, decided, subject, quoted, attachments));
        return switch (turn.disposition()) {
            case SEND -> Result.SENT;
            case DRAFT -> Result.DRAFTED;
            case HANDED_OVER -> Result.HANDED_OVER;
            case REFUSED -> Result.REFUSED;
            case FOR_PERSON -> Result.FOR_PERSON;
        };
    }

    /** In the turn's transaction: the mail's own rows commit with the turn or not at all. */
    private void stored(String box, ParsedMail mail, EmailConversations.EmailTurn turn, String subject, String quoted, String attachments) {
        Instant now = clock.instant();
        UUID conversationId = turn.conversationId();
        String previous = store.thread(conversationId).map(MailStore.Thread::attachments).orElse("");
        store.saveThread(new MailStore.Thread(conversationId, box, mail.from(), subject, mail.messageId(),
                String.join(" ", mail.references()), (previous + attachments).strip(), quoted));
        store.record(box, mail.messageId(), MailStore.Direction.IN, conversationId, turn.disposition().name(), mail.from(), now);
        if (turn.answer() != null && turn.disposition() != EmailConversations.Disposition.FOR_PERSON
                && turn.disposition() != EmailConversations.Disposition.REFUSED) {
            boolean send = turn.disposition() == EmailConversations.Disposition.SEND;
            MailStore.Reply reply = new MailStore.Reply(UUID.randomUUID(), conversationId, box,
                    send ? MailStore.ReplyState.QUEUED : MailStore.ReplyState.DRAFT, MailStore.Author.AI,
                    turn.locale(), turn.answer().text(), turn.answer().sources(),
                    newMessageId(box), null, null, now, null);
            store.insert(reply);
            if (send) {
                store.record(box, reply.messageId(), MailStore.Direction.OUT, conversationId, "QUEUED", mail.from(), now);
            }
        }
        if (turn.disposition() == EmailConversations.Disposition.HANDED_OVER && turn.handoff() != HandoffReason.EMAIL_REVIEW
                && tickets.forConversation(conversationId).isEmpty()) {
            // A complaint, a request for a person, a high-risk matter: an e-mail ticket; the address to answer is known.
            Tickets.Ticket ticket = tickets.open(conversationId, mail.from(), turn.storedText(), turn.handoff(), now);
            events.publishEvent(new TicketOpened(conversationId, ticket.reference(), now));
        }
        events.publishEvent(new Audited("EMAIL_RECEIVED", "system", conversationId, Map.of("mailbox", box,
                "disposition", turn.disposition().name(), "attachments", mail.attachments().size(),
                "newConversation", turn.opened()), now));
    }

    /** One line per attachment for the agent: name (redacted: names carry personal data too), type, size. */
    private String attachments(ParsedMail mail) {
        StringBuilder lines = new StringBuilder();
        for (ParsedMail.Attachment attachment : mail.attachments()) {
            lines.append(conversations.redact(attachment.name())).append('\t').append(attachment.type()).append('\t').append(attachment.size())
                    .append('\t').append(attachment.tooLarge() ? "too large, not read" : "").append('\n');
        }
        return lines.toString();
    }

    static String newMessageId(String mailbox) {
        return "<" + UUID.randomUUID() + "." + "helder@" + mailbox.substring(mailbox.indexOf('@') + 1) + ">";
    }
}
