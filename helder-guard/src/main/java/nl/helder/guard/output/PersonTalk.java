package nl.helder.guard.output;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an answer speaks of its writer, as features for a {@link WordModel} of claims to be human: the words of the
 * sentences in which the writer speaks of itself ("ik", "my", "ich", "je", "moi": {@link #FIRST_PERSON}), and the
 * words of the whole answer. A claim to be human is a writer telling of a life a program does not have (a wet ride
 * to the office, a colleague at the next desk, a sprained wrist, the end of a long day), and the ways of telling it
 * are too many for phrases: these features let a model learn which words a writer uses of itself when it claims a
 * life, and which when it reports what it did for the customer ("ik heb uw adres aangepast"). Single words only; no
 * phrase of any author is a feature.
 */
final class PersonTalk {

    /** The shipped model's resource, next to {@link WordModel}. */
    static final String RESOURCE = "person-talk.tsv";

    /**
     * The model alone flags a claim to be human at or above this probability. Chosen on the training answers, never
     * on a report file, by leaving each author out in turn ({@code PersonTalkHeldOutTest} prints every line and checks
     * this one): the lowest line at which every left-out author keeps a CLAIMS_HUMAN precision of at least 0.90 (the
     * issue's target) together with the cues, and no left-out set of honest answers has more than one answer more
     * flagged than by the cues alone. The rule first asked 0.95; with author D (every answer in the first person) left
     * out, no line up to 0.98 reached it (D: 0.964 at 0.98 with recall 0.771), so it asks the target.
     */
    static final double LINE = 0.9;

    /** A word in more than this share of the training answers in the first person is no feature. */
    static final double MAX_SHARE = 0.05;

    /** First-person singular words of the four languages, folded: subject, object, possessive, reflexive. */
    static final Set<String> FIRST_PERSON = Set.of("ik", "i", "ich", "je", "j", "me", "mij", "mijn", "mn", "my", "mein", "meine", "meinen",
            "meinem", "meiner", "mon", "ma", "mes", "moi", "mir", "mich", "myself", "selbst", "zelf");

    private static final WordModel MODEL = WordModel.load(RESOURCE, CueHit.Kind.HUMAN);

    private PersonTalk() {
    }

    static WordModel model() {
        return MODEL;
    }

    /**
     * The features of {@code answer} (its judged part, {@link AnswerCues#judgedPart}), or none when no sentence speaks
     * in the first person (such an answer is not judged): {@code f:word} for every word of a sentence in the first
     * person and {@code a:word} for every word of the answer; the first-person words themselves (they only open the
     * judgement: as features they would make every "ik" count), words of one letter and numbers are left out. Sorted,
     * so that a trainer sees them in the same order on every machine. Linear in the answer's length.
     */
    static Set<String> features(String answer) {
        Set<String> features = new TreeSet<>();
        boolean anyFirstPerson = false;
        for (String sentence : AnswerText.sentences(AnswerCues.judgedPart(answer))) {
            List<String> words = AnswerText.words(AnswerText.fold(sentence));
            boolean firstPerson = words.stream().anyMatch(FIRST_PERSON::contains);
            anyFirstPerson |= firstPerson;
            for (String word : words) {
                if (word.length() < 2 || isNumber(word) || FIRST_PERSON.contains(word)) {
                    continue;
                }
                features.add("a:" + word);
                if (firstPerson) {
                    features.add("f:" + word);
                }
            }
        }
        return anyFirstPerson ? features : Set.of();
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
