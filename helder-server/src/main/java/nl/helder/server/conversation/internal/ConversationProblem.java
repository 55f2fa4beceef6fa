package nl.helder.server.conversation.internal;

import nl.helder.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A customer-API error as an RFC 7807 problem; Spring MVC renders it as application/problem+json. */
final class ConversationProblem extends ErrorResponseException {

    private ConversationProblem(HttpStatus status, String type, String title, String detail) {
        super(status, Problems.of(status, type, title, detail), null);
    }

    static ConversationProblem invalidMessage(String detail) {
        return new ConversationProblem(HttpStatus.BAD_REQUEST, "invalid-message", "Invalid message", detail);
    }

    static ConversationProblem messageTooLong(int length, int max) {
        ConversationProblem problem = new ConversationProblem(HttpStatus.BAD_REQUEST, "message-too-long", "Message too long",
                "The message has " + length + " characters; at most " + max + " are accepted.");
        problem.getBody().setProperty("maxLength", max);
        return problem;
    }

    static ConversationProblem invalidContact() {
        return new ConversationProblem(HttpStatus.BAD_REQUEST, "invalid-contact", "Invalid contact address",
                "Give an e-mail address or a phone number we can reply to.");
    }

    static ConversationProblem invalidLocale(String locale) {
        return new ConversationProblem(HttpStatus.BAD_REQUEST, "invalid-locale", "Invalid locale",
                "'" + locale + "' is not a language code such as nl or en.");
    }

    static ConversationProblem missingToken() {
        ConversationProblem problem = new ConversationProblem(HttpStatus.UNAUTHORIZED, "missing-token", "Token required",
                "Send the conversation's token as 'Authorization: Bearer <token>'.");
        problem.getHeaders().set("WWW-Authenticate", "Bearer");
        return problem;
    }

    /** Unknown conversation and wrong token look the same, so a guessed id reveals nothing. */
    static ConversationProblem notFound() {
        return new ConversationProblem(HttpStatus.NOT_FOUND, "conversation-not-found", "Conversation not found",
                "No conversation with this id exists for this token.");
    }

    static ConversationProblem suggestionNotFound() {
        return new ConversationProblem(HttpStatus.NOT_FOUND, "suggestion-not-found", "Suggestion not found",
                "This conversation has no suggestions message with this id.");
    }

    static ConversationProblem invalidChoice(int choice, int offered) {
        return new ConversationProblem(HttpStatus.BAD_REQUEST, "invalid-choice", "Invalid choice",
                "Choice " + choice + " is not one of the " + offered + " suggested articles (0 to " + (offered - 1) + ").");
    }

    static ConversationProblem ticketNotOffered() {
        return new ConversationProblem(HttpStatus.CONFLICT, "ticket-not-offered", "No message can be left now",
                "A person is already handling this conversation, or a message for one was already left.");
    }

    static ConversationProblem closed() {
        return new ConversationProblem(HttpStatus.CONFLICT, "conversation-closed", "Conversation closed",
                "This conversation has been closed; start a new one.");
    }

    static ConversationProblem tooManyRequests(String what, long retryAfterSeconds) {
        ConversationProblem problem = new ConversationProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many " + what + "; try again in " + retryAfterSeconds + " seconds.");
        problem.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return problem;
    }
}
