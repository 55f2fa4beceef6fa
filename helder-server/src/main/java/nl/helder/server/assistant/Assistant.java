package nl.helder.server.assistant;

import java.util.function.Consumer;

/**
 * Answers customer questions from approved knowledge only. An implementation never guesses: when it
 * cannot ground an answer in a source it returns {@link Answer.Kind#NO_ANSWER}.
 */
public interface Assistant {

    Answer answer(Question question);

    /**
     * Answers like {@link #answer(Question)}, showing the answer to the customer while it is written: {@code preview}
     * receives the text so far each time another checked sentence is ready. The returned answer is what counts
     * and replaces the preview, which may stop early or differ from it. An assistant that does not write answers
     * word by word calls nothing.
     */
    default Answer answer(Question question, Consumer<String> preview) {
        return answer(question);
    }

    /**
     * Answers {@code question} from the one article the customer chose among {@link Answer.Kind#SUGGESTIONS}: its
     * passage that best fits the question, with the article as source; {@code NO_ANSWER} when the article is no
     * longer in the knowledge base.
     */
    Answer answerFrom(Question question, Source chosen);
}
