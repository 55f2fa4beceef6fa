package nl.helder.server.mail.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.assistant.Source;
import nl.helder.server.conversation.Channel;
import nl.helder.server.conversation.EmailConversations;
import nl.helder.server.security.StaffDirectory;
import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The e-mail side of a conversation for the agent console (roles AGENT or ADMIN): subject, attachments, quoted
 * history (all redacted), the draft with the text the customer would receive, and approve / discard. For
 * administrators, a mailbox run now. Errors are RFC 7807 problem details.
 */
@RestController
@Tag(name = "E-mail channel", description = "Drafts of e-mail replies for people to approve, edit or discard.")
class MailController {

    private final MailStore store;
    private final MailDrafts drafts;
    private final MailOutbox outbox;
    private final MailboxPoller poller;
    private final ReplyComposer composer;
    private final MailServers servers;
    private final EmailConversations conversations;
    private final StaffDirectory staff;

    MailController(MailStore store, MailDrafts drafts, MailOutbox outbox, MailboxPoller poller, ReplyComposer composer,
                   MailServers servers, EmailConversations conversations, StaffDirectory staff) {
        this.store = store;
        this.drafts = drafts;
        this.outbox = outbox;
        this.poller = poller;
        this.composer = composer;
        this.servers = servers;
        this.conversations = conversations;
        this.staff = staff;
    }

    record Attachment(String name, String type, long size, String note) {
    }

    /** @param preview the whole text the customer would receive, disclosure line first */
    record Draft(UUID id, String body, List<Source> sources, String locale, String preview) {
    }

    record Sent(UUID id, String author, String decidedBy, Instant sentAt, String text) {
    }

    record EmailView(UUID conversationId, String mailbox, String subject, List<Attachment> attachments, String quoted,
                     Draft draft, List<Sent> sent) {
    }

    record ApproveRequest(String text) {
        @Override
        public String toString() {
            return "ApproveRequest[<not logged>]";
        }
    }

    @GetMapping("/api/v1/agent/email/conversations/{id}")
    @Operation(summary = "The e-mail side of a conversation", description = "Subject, attachments (listed, never read by the "
            + "assistant), the quoted history, the open draft and the replies sent; all redacted. 404 for a chat conversation.")
    EmailView view(@PathVariable UUID id) {
        if (conversations.channelOf(id).orElse(Channel.CHAT) != Channel.EMAIL) {
            throw new MailDrafts.Refused(true, "Conversation " + id + " is not an e-mail conversation.");
        }
        MailStore.Thread thread = store.thread(id).orElseThrow(() -> new MailDrafts.Refused(true, "No e-mail thread for " + id + "."));
        List<MailStore.Reply> replies = store.replies(id);
        Draft draft = null;
        List<Sent> sent = new ArrayList<>();
        for (MailStore.Reply reply : replies) {
            if (reply.state() == MailStore.ReplyState.DRAFT) {
                String preview = servers.mailbox(reply.mailbox())
                        .map(mailbox -> composer.compose(withAuthor(reply), mailbox).plain()).orElse(reply.body());
                draft = new Draft(reply.id(), reply.body(), reply.sources(), reply.locale(), preview);
            } else if (reply.state() == MailStore.ReplyState.SENT) {
                sent.add(new Sent(reply.id(), reply.author().name(), reply.decidedBy(), reply.sentAt(), reply.sentText()));
            }
        }
        return new EmailView(id, thread.mailbox(), thread.subject(), attachments(thread.attachments()), thread.quoted(), draft, sent);
    }

    @PostMapping("/api/v1/agent/email/drafts/{id}/approve")
    @Operation(summary = "Approve a draft and send it", description = "Body optional: {\"text\": edited reply}. The e-mail says "
            + "a person checked it. 409 when it was already approved or discarded.")
    Sent approve(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @RequestBody(required = false) ApproveRequest request) {
        String name = staff.find(user.getUsername()).map(StaffDirectory.StaffMember::displayName).orElse(user.getUsername());
        MailStore.Reply queued = drafts.approve(id, request == null ? null : request.text(), user.getUsername(), name);
        outbox.sendQueued();
        MailStore.Reply after = store.reply(queued.id()).orElseThrow();
        return new Sent(after.id(), after.author().name(), after.decidedBy(), after.sentAt(), after.sentText());
    }

    @PostMapping("/api/v1/agent/email/drafts/{id}/discard")
    @Operation(summary = "Discard a draft", description = "Nothing is sent; the conversation stays in the queue for a person.")
    ResponseEntity<Void> discard(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        drafts.discard(id, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/admin/email/poll")
    @Operation(summary = "Read the mailboxes now", description = "One run of the mailbox job (on this node, under the same lock); "
            + "returns what became of the messages read.")
    Map<MailProcessor.Result, Integer> poll() {
        return poller.pollNow();
    }

    /** The draft as it would go out once approved: with the line that a person checked it. */
    private static MailStore.Reply withAuthor(MailStore.Reply reply) {
        return new MailStore.Reply(reply.id(), reply.conversationId(), reply.mailbox(), reply.state(), MailStore.Author.AI_CHECKED,
                reply.locale(), reply.body(), reply.sources(), reply.messageId(), reply.sentText(), reply.decidedBy(),
                reply.createdAt(), reply.sentAt());
    }

    private static List<Attachment> attachments(String lines) {
        List<Attachment> attachments = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length >= 3) {
                long size;
                try {
                    size = Long.parseLong(fields[2]);
                } catch (NumberFormatException e) {
                    size = -1;
                }
                attachments.add(new Attachment(fields[0], fields[1], size, fields.length > 3 ? fields[3] : ""));
            }
        }
        return attachments;
    }

    @ExceptionHandler(MailDrafts.Refused.class)
    ProblemDetail refused(MailDrafts.Refused e) {
        return e.notFound ? Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage())
                : Problems.of(HttpStatus.CONFLICT, "draft-decided", "Draft already decided", e.getMessage());
    }
}
