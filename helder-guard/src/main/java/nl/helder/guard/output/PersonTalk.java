package nl.helder.guard.output;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an answer speaks of its writer: the words of the sentences in which the writer speaks of itself ("ik", "my",
 * "ich", "je", "moi": {@link #FIRST_PERSON}), and the words of the whole answer, as features for
 * {@link PersonTalkModel}. A claim to be human is a writer telling of a life a program does not have (a wet ride to
 * the office, a colleague at the next desk, a sprained wrist, the end of a long day), and the ways of telling it are
 * too many for phrases: these features let a model learn which words a writer uses of itself when it claims a life,
 * and which when it reports what it did for the customer ("ik heb uw adres aangepast"). No phrase of any author is a
 * feature; only single words.
 */
final class PersonTalk {

    /** The feature present when some sentence speaks in the first person: without it the model does not judge. */
    static final String FIRST_PERSON_SENTENCE = "fp";

    /** First-person singular words of the four languages, folded: subject, object, possessive, reflexive. */
    static final Set<String> FIRST_PERSON = Set.of("ik", "i", "ich", "je", "j", "me", "mij", "mijn", "mn", "my", "mein", "meine", "meinen",
            "meinem", "meiner", "mon", "ma", "mes", "moi", "mir", "mich", "myself", "selbst", "zelf");

    private PersonTalk() {
    }

    /**
     * The features of {@code answer} (its judged part, {@link AnswerCues#judgedPart}): {@value #FIRST_PERSON_SENTENCE}
     * when a sentence speaks in the first person, {@code f:word} for every other word of such sentences and
     * {@code a:word} for every other word of the answer; words of one letter and numbers are left out. Sorted, so that a
     * trainer sees them in the same order on every machine. Linear in the answer's length.
     */
    static Set<String> features(String answer) {
        Set<String> features = new TreeSet<>();
        for (String sentence : AnswerText.sentences(AnswerCues.judgedPart(answer))) {
            List<String> words = AnswerText.words(AnswerText.fold(sentence));
            boolean firstPerson = words.stream().anyMatch(FIRST_PERSON::contains);
            if (firstPerson) {
                features.add(FIRST_PERSON_SENTENCE);
            }
            for (String word : words) {
                // the first-person words themselves are the feature "fp": as words they would make every "ik" count
                if (word.length() < 2 || isNumber(word) || FIRST_PERSON.contains(word)) {
                    continue;
                }
                features.add("a:" + word);
                if (firstPerson) {
                    features.add("f:" + word);
                }
            }
        }
        return features;
    }

    /** Whether {@code feature} carries a weight: the words do; {@value #FIRST_PERSON_SENTENCE} only decides whether the model judges. */
    static boolean weighed(String feature) {
        return !feature.equals(FIRST_PERSON_SENTENCE);
    }

    /** {@code bias} plus the weights of the weighed features. */
    static double sum(double bias, java.util.Map<String, Double> weights, java.util.Collection<String> features) {
        double sum = bias;
        for (String feature : features) {
            if (weighed(feature)) {
                sum += weights.getOrDefault(feature, 0.0);
            }
        }
        return sum;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
