package nl.helder.server.assistant;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the assistant is asked.
 *
 * @param text           the customer's message, already redacted by the privacy guard
 * @param locale         the conversation's language
 * @param conversationId the conversation it is asked in; {@code null} outside one (tests, evaluations)
 * @param history        the conversation's recent messages before this one, oldest first, as stored (redacted);
 *                       {@link #readWhenAsked} reads them only if an assistant looks at them
 * @param askedAt        when the customer's message arrived: deadlines for the answer count from here
 * @param scope          knowledge-base tags the answer must come from (e.g. one mailbox's); empty: the whole base
 */
public record Question(String text, String locale, UUID conversationId, List<Turn> history, Instant askedAt, Set<String> scope) {

    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        history = history instanceof ReadWhenAsked ? history : List.copyOf(history);
        Objects.requireNonNull(askedAt, "askedAt");
        scope = scope == null ? Set.of() : Set.copyOf(scope);
    }

    /** A question that may be answered from the whole knowledge base. */
    public Question(String text, String locale, UUID conversationId, List<Turn> history, Instant askedAt) {
        this(text, locale, conversationId, history, askedAt, Set.of());
    }

    /** A question outside a conversation, asked now. */
    public Question(String text, String locale) {
        this(text, locale, null, List.of(), Instant.now());
    }

    /**
     * Recent messages that {@code read} fetches the first time anyone looks at them, and never again: a retrieval
     * answer never looks (a query fewer per turn, 5 % of a turn's CPU in issue 18's profile), a language model's
     * prompt and query rewrite do. Safe to read from several threads.
     */
    public static List<Turn> readWhenAsked(Supplier<List<Turn>> read) {
        return new ReadWhenAsked(Objects.requireNonNull(read, "read"));
    }

    private static final class ReadWhenAsked extends AbstractList<Turn> {
        private final Supplier<List<Turn>> read;
        private volatile List<Turn> turns;

        ReadWhenAsked(Supplier<List<Turn>> read) {
            this.read = read;
        }

        @Override
        public Turn get(int index) {
            return turns().get(index);
        }

        @Override
        public int size() {
            return turns().size();
        }

        private List<Turn> turns() {
            List<Turn> known = turns;
            if (known == null) {
                synchronized (this) {
                    known = turns;
                    if (known == null) {
                        known = List.copyOf(read.get());
                        turns = known;
                    }
                }
            }
            return known;
        }
    }

    /** An earlier message: the customer's, or the assistant's or an agent's reply. */
    public record Turn(boolean fromCustomer, String text) {
    }
}
