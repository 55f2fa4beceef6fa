package nl.helder.server.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Example questions an administrator adds to an article from what customers asked (the gap list): stored, and
 * applied to the article whenever the knowledge base is loaded or imported, for as long as an article with that id
 * is served. They are searched like the article's own {@code questions:}, so retrieval finds the article for
 * questions phrased like them; they are never shown to customers nor given to a language model as content.
 */
public interface LearnedQuestions {

    /**
     * Adds {@code questions} (already redacted) to the article {@code articleId}, in the caller's transaction; the
     * index is rebuilt once that transaction committed (at once when there is none).
     *
     * @param language the language the questions are written in
     * @throws NoSuchElementException when no served article has this id
     */
    void learn(String articleId, List<String> questions, String language, String actor);

    /** Every learned question, oldest first. */
    List<Learned> learned();

    /**
     * Removes one learned question, in the caller's transaction; the index is rebuilt once that committed.
     *
     * @return the removed question, or empty when there is none with this id
     */
    Optional<Learned> forget(UUID id);

    /** A question an administrator added to an article. */
    record Learned(UUID id, String articleId, String question, String language, String linkedBy, Instant linkedAt) {
    }
}
