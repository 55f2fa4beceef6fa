package nl.helder.server.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published, in its transaction, when a customer picked one of the articles the assistant suggested: evidence of
 * what the customer was shown and chose, and a signal for the knowledge base (the question was not found directly).
 *
 * @param position the chosen article's place among the suggestions, from 0
 * @param title    the chosen article's title (never the customer's text)
 */
public record SuggestionChosen(UUID conversationId, int position, String title, String url, Instant at) {
}
