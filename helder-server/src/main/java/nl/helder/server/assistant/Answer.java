package nl.helder.server.assistant;

import java.util.List;
import java.util.Objects;

/**
 * The assistant's reply to a {@link Question}.
 *
 * @param kind       whether the assistant answered or abstained
 * @param text       what the customer reads
 * @param sources    the articles the answer rests on; empty when it abstained
 * @param confidence how much of the question the source covers, in [0, 1]
 * @param passages   the source text the answer rests on, for the output guard's grounding check
 */
public record Answer(Kind kind, String text, List<Source> sources, double confidence, List<String> passages) {

    public enum Kind {
        /** Answered from the knowledge base, with sources. */
        ANSWER,
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
    }
}
