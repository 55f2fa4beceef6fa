package nl.helder.server.assistant;

/**
 * Answers customer questions from approved knowledge only. An implementation never guesses: when it
 * cannot ground an answer in a source it returns {@link Answer.Kind#NO_ANSWER}.
 */
public interface Assistant {

    Answer answer(Question question);
}
