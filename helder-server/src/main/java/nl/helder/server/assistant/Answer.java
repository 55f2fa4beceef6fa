package nl.helder.server.assistant;

import java.util.List;
import java.util.Objects;

/**
 * The assistant's reply to a {@link Question}.
 *
 * @param kind       whether the assistant answered, offered articles to choose from, or abstained
 * @param text       what the customer reads
 * @param sources    the articles the answer rests on, or the articles offered (best first); empty when it abstained
 * @param confidence how much of the question the source covers, in [0, 1]
 * @param passages   the source text the answer rests on, for the output guard's grounding check
 */
public record Answer(Kind kind, String text, List<Source> sources, double confidence, List<String> passages) {

    public enum Kind {
        /** Answered from the knowledge base, with sources. */
        ANSWER,
        /**
         * Unsure: up to three articles that may answer the question, best first, for the customer to pick; the
         * assistant answers from the one chosen ({@link Assistant#answerFrom}).
         */
        SUGGESTIONS,
        /** The knowledge base does not cover the question well enough: the assistant says so and offers a person. */
        NO_ANSWER
    }

    public Answer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
        if (kind == Kind.ANSWER && sources.isEmpty()) {
            throw new IllegalArgumentException("an answer must cite at least one source");
        }
        if (kind == Kind.SUGGESTIONS && (sources.isEmpty() || sources.size() > 3)) {
            throw new IllegalArgumentException("suggestions offer one to three articles");
        }
    }
}
