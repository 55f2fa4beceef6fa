package nl.helder.server.gaps.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer question on the gap list.
 *
 * @param question   as stored in the conversation, so redacted
 * @param language   the language it is written in ({@link GapText#language})
 * @param confidence the reply's calibrated confidence; 0 when the assistant abstained
 * @param articleId  the article answered with, or picked by the customer among suggestions; {@code null} otherwise
 * @param offered    the articles suggested, best first; empty otherwise
 */
record GapQuestion(UUID id, UUID conversationId, Instant askedAt, Kind kind, String language, String question,
                   double confidence, String articleId, List<String> offered) {

    GapQuestion {
        offered = List.copyOf(offered);
    }

    /** Why the question is listed. */
    enum Kind {
        /** The knowledge base did not cover it well enough: "I don't know". */
        NO_ANSWER,
        /** An answer was found but the output guard withheld it. */
        WITHHELD,
        /** The assistant was unsure and offered articles to choose from. */
        SUGGESTIONS,
        /** Answered, but with a confidence below {@code helder.knowledge.gaps.low-confidence}. */
        LOW_CONFIDENCE,
        /** Answered, and then the customer asked for (or was handed to) a person. */
        HANDOFF_AFTER_ANSWER
    }
}
