package nl.helder.server.console.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.conversation.AgentDesk;
import nl.helder.server.conversation.AgentDeskException;
import nl.helder.server.conversation.Message;
import nl.helder.server.handoff.Tickets;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The agent API, used by the console and by scripts (roles AGENT or ADMIN). Transcripts are shown as stored:
 * redacted. Errors are RFC 7807 problem details.
 */
@RestController
@RequestMapping("/api/v1/agent")
@Tag(name = "Agent console", description = "The queue of conversations waiting for a person; claim, reply, hand back, close.")
class AgentController {

    private static final int PREVIEW_CHARS = 140;

    private final AgentDesk desk;
    private final StaffDirectory staff;
    private final Tickets tickets;
    private final CapabilitiesCard cards;
    private final Clock clock;

    AgentController(AgentDesk desk, StaffDirectory staff, Tickets tickets, CapabilitiesCard cards, Clock clock) {
        this.desk = desk;
        this.staff = staff;
        this.tickets = tickets;
        this.cards = cards;
        this.clock = clock;
    }

    /**
     * @param ticket  the reference of a message the customer left while nobody was available, or {@code null}
     * @param channel where the customer wrote: {@code CHAT} or {@code EMAIL}
     */
    record QueueItem(UUID conversationId, String state, String locale, String reason, Instant waitingSince,
                     long waitingSeconds, String agent, boolean mine, String preview, String ticket, String channel) {
    }

    record ConversationView(AgentDesk.Transcript conversation, boolean mine, CapabilitiesCard.Card capabilities) {
    }

    record ReplyRequest(String text) {
        @Override
        public String toString() {
            return "ReplyRequest[<not logged>]";
        }
    }

    record CloseRequest(AgentDesk.Outcome outcome) {
    }

    @GetMapping("/queue")
    @Operation(summary = "The queue", description = "Conversations waiting for a person, longest waiting first, with the "
            + "reason of the hand-off; then those a person has taken over.")
    List<QueueItem> queue(@AuthenticationPrincipal UserDetails user) {
        Instant now = clock.instant();
        return desk.queue().stream().map(entry -> new QueueItem(entry.conversationId(), entry.state().name(), entry.locale(),
                entry.reason() == null ? null : entry.reason().name(), entry.waitingSince(),
                entry.waitingSince() == null ? 0 : Math.max(0, Duration.between(entry.waitingSince(), now).toSeconds()),
                entry.agent(), user.getUsername().equals(entry.agent()), preview(entry.lastCustomerText()),
                tickets.forConversation(entry.conversationId()).stream().map(Tickets.Ticket::reference).findFirst().orElse(null),
                entry.channel().name())).toList();
    }

    @GetMapping("/conversations/{id}")
    @Operation(summary = "A conversation's transcript (redacted) with the capabilities card")
    ConversationView conversation(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        return view(desk.transcript(id), agent(user));
    }

    @PostMapping("/conversations/{id}/claim")
    @Operation(summary = "Take a waiting conversation over", description = "The customer is told who joined. 409 when "
            + "another person claimed it first.")
    ConversationView claim(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        AgentDesk.Agent agent = agent(user);
        return view(desk.claim(id, agent), agent);
    }

    @PostMapping("/conversations/{id}/messages")
    @Operation(summary = "Reply to the customer", description = "Only on a conversation you claimed. The customer sees it at once.")
    ResponseEntity<Message> reply(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @RequestBody(required = false) ReplyRequest request) {
        Message message = desk.reply(id, agent(user), request == null ? null : request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    @PostMapping("/conversations/{id}/handback")
    @Operation(summary = "Give the conversation back to the assistant", description = "The customer is shown the AI disclosure again.")
    ResponseEntity<Void> handBack(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id) {
        desk.handBack(id, agent(user));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/conversations/{id}/close")
    @Operation(summary = "Close with an outcome", description = "{\"outcome\": RESOLVED | NOT_RESOLVED | FOLLOW_UP | NO_RESPONSE}")
    ResponseEntity<Void> close(@AuthenticationPrincipal UserDetails user, @PathVariable UUID id, @RequestBody(required = false) CloseRequest request) {
        if (request == null || request.outcome() == null) {
            throw new IllegalArgumentException("Send {\"outcome\": RESOLVED, NOT_RESOLVED, FOLLOW_UP or NO_RESPONSE}.");
        }
        desk.close(id, agent(user), request.outcome());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tickets")
    @Operation(summary = "Messages left while nobody was available", description = "Open tickets, newest first, with the "
            + "contact address the customer gave for the reply.")
    List<Tickets.Ticket> tickets() {
        return tickets.open(500);
    }

    @PostMapping("/tickets/{reference}/close")
    @Operation(summary = "Mark a ticket handled")
    ResponseEntity<Void> closeTicket(@AuthenticationPrincipal UserDetails user, @PathVariable String reference) {
        return tickets.close(reference, user.getUsername(), clock.instant()).isPresent()
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    private ConversationView view(AgentDesk.Transcript transcript, AgentDesk.Agent agent) {
        boolean mine = agent.username().equals(transcript.agent());
        return new ConversationView(transcript, mine,
                cards.forConversation(transcript.locale(), transcript.reason(), agent.displayName()));
    }

    private AgentDesk.Agent agent(UserDetails user) {
        String displayName = staff.find(user.getUsername()).map(StaffDirectory.StaffMember::displayName).orElse(user.getUsername());
        return new AgentDesk.Agent(user.getUsername(), displayName);
    }

    private static String preview(String text) {
        if (text == null || text.length() <= PREVIEW_CHARS) {
            return text;
        }
        return text.substring(0, PREVIEW_CHARS - 1) + "…";
    }

    @ExceptionHandler(AgentDeskException.class)
    ProblemDetail refused(AgentDeskException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_CLAIMED -> HttpStatus.FORBIDDEN;
            case CLAIMED_BY_OTHER, WRONG_STATE -> HttpStatus.CONFLICT;
        };
        String title = switch (e.reason()) {
            case NOT_FOUND -> "Conversation not found";
            case NOT_CLAIMED -> "Not your conversation";
            case CLAIMED_BY_OTHER -> "Claimed by someone else";
            case WRONG_STATE -> "Not possible in this state";
        };
        return Problems.of(status, e.reason().name().toLowerCase().replace('_', '-'), title, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }
}
