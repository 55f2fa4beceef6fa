package nl.helder.server.conversation;

import nl.helder.server.assistant.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published, in the turn's transaction, when the assistant itself replied to a customer's question: material for
 * the knowledge base's gap list. Not published when the question went to a person by a signal, was refused, or
 * asked whether the assistant is a person.
 *
 * @param question   the customer's text as stored, so redacted
 * @param locale     the conversation's language (the question may be written in another)
 * @param reply      what the assistant replied
 * @param confidence the calibrated confidence of the reply's best article, 0 when it abstained
 * @param sources    the article answered from, or the articles offered (best first); empty when it abstained
 */
public record QuestionReplied(UUID conversationId, String question, String locale, Reply reply, double confidence,
                              List<Source> sources, Instant at) {

    public QuestionReplied {
        sources = List.copyOf(sources);
    }

    public enum Reply {
        /** Answered from the knowledge base. */
        ANSWER,
        /** Unsure: articles offered to choose from. */
        SUGGESTIONS,
        /** The knowledge base does not cover the question well enough. */
        NO_ANSWER,
        /** An answer was found but the output guard withheld it; the customer got "I don't know". */
        WITHHELD
    }
}
