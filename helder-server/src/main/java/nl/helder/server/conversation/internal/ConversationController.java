package nl.helder.server.conversation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.helder.server.conversation.ConversationState;
import nl.helder.server.conversation.Message;
import nl.helder.server.web.EventStreams;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The customer API (v1). Errors are RFC 7807 problem details; see {@link ConversationProblem}. */
@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Customer conversations", description = "Chat with the AI assistant. Every conversation opens with the AI disclosure.")
class ConversationController {

    private static final String BEARER = "Bearer ";

    private final ConversationService conversations;
    private final CustomerTurns turns;
    private final CustomerHandoffs handoffs;
    private final ConversationAccess access;
    private final EventStreams<UUID> streams;

    ConversationController(ConversationService conversations, CustomerTurns turns, CustomerHandoffs handoffs,
                           ConversationAccess access, EventStreams<UUID> customerEventStreams) {
        this.conversations = conversations;
        this.turns = turns;
        this.handoffs = handoffs;
        this.access = access;
        this.streams = customerEventStreams;
    }

    record StartRequest(String locale) {
    }

    record MessageRequest(String text) {
        /** Never the text: frameworks log request bodies at debug level, and this one may hold personal data. */
        @Override
        public String toString() {
            return "MessageRequest[text=<" + (text == null ? "none" : text.length() + " characters, not logged") + ">]";
        }
    }

    /**
     * @param fallback "TICKET" when nobody is available and the customer can leave a message for a person
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConversationResponse(UUID id, String token, ConversationState state, String locale, String banner,
                                List<MessageView> messages, String fallback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TurnResponse(ConversationState state, List<MessageView> messages, String fallback) {
    }

    record TicketRequest(String contact, String text) {
        /** Never the contact or the text: both may be logged by frameworks at debug level. */
        @Override
        public String toString() {
            return "TicketRequest[<not logged>]";
        }
    }

    record TicketResponse(String reference, ConversationState state, List<MessageView> messages) {
    }

    /** @param choice the article's place among the suggestions, from 0 */
    record ChoiceRequest(Integer choice) {
    }

    @PostMapping
    @Operation(summary = "Open a conversation", description = "Returns the conversation's id, its bearer token and the "
            + "AI disclosure as the first message. The body is optional: {\"locale\":\"nl\"}; without it the "
            + "Accept-Language header decides.")
    ResponseEntity<ConversationResponse> start(@RequestBody(required = false) StartRequest request,
                                               @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
                                               HttpServletRequest http) {
        ConversationService.Started started = conversations.start(request == null ? null : request.locale(),
                acceptLanguage, http.getRemoteAddr());
        var conversation = started.conversation();
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation.id()))
                .body(new ConversationResponse(conversation.id(), started.token(), conversation.state(),
                        conversation.locale(), started.banner(), MessageView.of(started.messages()), null));
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a customer message", description = "Returns the stored (redacted) customer message "
            + "and the assistant's reply: ANSWER with sources, or NO_ANSWER offering a person.")
    TurnResponse post(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                      @RequestBody(required = false) MessageRequest request) {
        Turn turn = turns.post(id, bearer(authorization), request == null ? null : request.text());
        return turnResponse(id, turn);
    }

    @PostMapping("/{id}/messages/{messageId}/choice")
    @Operation(summary = "Pick a suggested article", description = "After a SUGGESTIONS message: {\"choice\": 0} picks its "
            + "first article. Returns an ANSWER from that article (or NO_ANSWER when it is no longer there). Recorded in "
            + "the audit trail (SUGGESTION_CHOSEN).")
    TurnResponse choose(@PathVariable UUID id, @PathVariable UUID messageId,
                        @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                        @RequestBody(required = false) ChoiceRequest request) {
        if (request == null || request.choice() == null) {
            throw ConversationProblem.invalidMessage("The request needs a JSON body with a \"choice\" number.");
        }
        return turnResponse(id, turns.choose(id, bearer(authorization), messageId, request.choice()));
    }

    @PostMapping("/{id}/handoff")
    @Operation(summary = "Ask for a person", description = "Moves the conversation to WAITING_FOR_AGENT and tells the "
            + "customer what happens next. When nobody is available the response carries \"fallback\":\"TICKET\": "
            + "the customer can leave a message (POST .../ticket).")
    TurnResponse handoff(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return turnResponse(id, handoffs.requestHandoff(id, bearer(authorization)));
    }

    @PostMapping("/{id}/ticket")
    @Operation(summary = "Leave a message for a person", description = "The offline fallback: {\"contact\": e-mail or phone, "
            + "\"text\"}. Returns a reference number. The text is stored redacted.")
    TicketResponse ticket(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                          @RequestBody(required = false) TicketRequest request) {
        CustomerHandoffs.TicketReceipt receipt = handoffs.leaveMessage(id, bearer(authorization),
                request == null ? null : request.contact(), request == null ? null : request.text());
        return new TicketResponse(receipt.reference(), receipt.turn().state(), MessageView.of(receipt.turn().messages()));
    }

    private TurnResponse turnResponse(UUID id, Turn turn) {
        return new TurnResponse(turn.state(), MessageView.of(turn.messages()), handoffs.offersTicket(id, turn.state()) ? "TICKET" : null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a conversation", description = "The whole transcript, disclosure first.")
    ConversationResponse get(@PathVariable UUID id,
                             @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ConversationService.View view = conversations.view(id, bearer(authorization));
        var conversation = view.conversation();
        return new ConversationResponse(conversation.id(), null, conversation.state(), conversation.locale(),
                view.banner(), MessageView.of(view.messages()),
                handoffs.offersTicket(conversation.id(), conversation.state()) ? "TICKET" : null);
    }

    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a conversation live", description = "Server-Sent Events: 'message' events carry new "
            + "messages (a person's replies, the notice that a person joined) with the message id as event id, 'state' "
            + "events the new state and the header text to show. A client that reconnects sends the last event id it "
            + "saw as 'Last-Event-ID' and first gets every message after it and the current state. Needs the bearer "
            + "token, so browsers read it with fetch rather than EventSource.")
    SseEmitter events(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
        access.authorize(id, bearer(authorization));
        if (lastEventId == null || lastEventId.isBlank()) {
            return streams.open(id, () -> { });
        }
        // Read after the stream is registered, so a message committed in between arrives twice (clients skip known
        // ids) rather than never; live events wait until these are queued.
        return streams.open(id, () -> { }, () -> {
            ConversationService.View view = conversations.view(id, bearer(authorization));
            List<Supplier<SseEmitter.SseEventBuilder>> missed = new ArrayList<>();
            missedAfter(view.messages(), lastEventId.strip()).forEach(message -> missed.add(() -> CustomerStreams.message(message)));
            missed.add(() -> CustomerStreams.state(view.conversation().state(), view.banner()));
            return missed;
        });
    }

    /** The messages after the one with id {@code lastEventId}; all of them when that id is not in the conversation. */
    static List<Message> missedAfter(List<Message> messages, String lastEventId) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().toString().equals(lastEventId)) {
                return messages.subList(i + 1, messages.size());
            }
        }
        return messages;
    }

    @PostMapping("/{id}/disclosure-shown")
    @Operation(summary = "Confirm the disclosure was displayed", description = "Called by the widget once it has "
            + "rendered the banner and the disclosure message; stored as evidence.")
    ResponseEntity<Void> disclosureShown(@PathVariable UUID id,
                                         @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        conversations.confirmDisclosureDisplayed(id, bearer(authorization));
        return ResponseEntity.noContent().build();
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
