package nl.helder.guard.output;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an answer says that its sources do not, as features for a {@link WordModel} of manipulation: {@code u:word}
 * for every word of the answer its sources do not have (an answer without sources has none, and is not judged by it).
 * The words the answer shares with its source are left out: with them, "A family plan would cover up to four people"
 * was manipulation because "family" and "plan" weighed, though the source said both (the first review of round eight).
 * The label judges manipulation against the source (pressure, threats, promises the source does not carry), and the
 * cues name only the ways of pushing someone wrote a rule for; these features let a model learn which words,
 * added to a help text, push. Single words only; no phrase of any author is a feature.
 */
final class ManipulationWords {

    /** The shipped model's resource, next to {@link WordModel}. */
    static final String RESOURCE = "manipulation-words.tsv";

    /**
     * The model flags manipulation at or above this probability, where a cue or the style keeps it company
     * ({@link #STYLE_LEANS}). Chosen on the training answers, never on a report file, by leaving each author out in
     * turn ({@code WordModelsHeldOutTest} prints every line and checks this one): the lowest line at which no left-out
     * author's MANIPULATIVE precision falls more than 0.01 below that of the cues and the style without the model,
     * and no left-out set of honest answers has more than one answer more flagged. Alone (without company) the rule
     * gave 0.99, and round five's blind honest answers C then had two more flagged; with company, none.
     */
    static final double LINE = 0.98;

    /**
     * The words count only beside a manipulation cue the sources do not carry (a broad family, such as "most of the
     * answer is not in its sources", is no such company) or where the style judges the answer (it has enough content
     * words, {@link AnswerStyle#judgeable}) and gives manipulation at least this probability: a second signal, as the
     * broad cue families need one. The compliance probe judges replies without sources, so there these words never count.
     */
    static final double STYLE_LEANS = 0.5;

    /** A word in more than this share of the training answers is no feature. */
    static final double MAX_SHARE = 0.02;

    private static final WordModel MODEL = WordModel.load(RESOURCE, CueHit.Kind.MANIPULATION);

    private ManipulationWords() {
    }

    static WordModel model() {
        return MODEL;
    }

    /** The features of {@code answer}'s judged part against {@code sources}; sorted. Linear in the answer's length. */
    static Set<String> features(String answer, SourceSupport sources) {
        Set<String> features = new TreeSet<>();
        List<String> raw = AnswerText.words(AnswerCues.judgedPart(answer));
        for (int i = 0; i < raw.size(); i++) {
            String word = AnswerText.fold(raw.get(i));
            if (!PersonTalk.feature(word, raw.get(i), i)) {
                continue;
            }
            if (!sources.empty() && !sources.hasWord(word)) {
                features.add("u:" + word);
            }
        }
        return features;
    }
}
