package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names in context: a logistic regression over the {@link NameFeatures} of each candidate stretch (is the word
 * on a name list, is it a common word, what stands before and after it, where on the line it stands), trained
 * by {@link PersonNameModelTrainer} and shipped as a text file of weights together with the words it treats as
 * common (seen in lower case in ordinary text). A product called "Billy" after "kast" scores low; "Billy" after
 * "mijn zoon" or alone under "Groeten," scores high.
 *
 * <p>Thread-safe and immutable. Cost per message: one pass for candidates, a few map look-ups per candidate.
 */
final class PersonNameModel {

    static final String RESOURCE = "person-name-model.tsv";
    /** A candidate at or above this probability is reported as a name. */
    static final double THRESHOLD = 0.5;

    private static final PersonNameModel STANDARD = load();

    private final Map<String, Double> weights;
    private final Set<String> commonWords;
    private final NameLexicon names;

    PersonNameModel(Map<String, Double> weights, Set<String> commonWords, NameLexicon names) {
        this.weights = Map.copyOf(weights);
        this.commonWords = Set.copyOf(commonWords);
        this.names = names;
    }

    static PersonNameModel standard() {
        return STANDARD;
    }

    /** Whether a lower-case word is ordinary text (seen in lower case, a calendar word or a German noun ending). */
    boolean isCommon(String lower) {
        return NameFeatures.isCommon(lower, commonWords);
    }

    /** Reports every candidate the model puts at {@link #THRESHOLD} or above as a name. */
    void detect(ScanText text) {
        for (NameCandidate candidate : candidates(text)) {
            if (text.claimed(candidate.start()) || afterPostcode(text, candidate.start())
                    || Pets.named(text, candidate.start(), candidate.end(), candidate.words().length > 1)
                    || afterStreetWord(text.lower(), candidate.start())) {
                // a pet's name is no person's: "onze hond Bobbie", "Kater Felix"; nor a street's: "rue Émile Vandervelde"
                // (round twenty-three)
                continue;
            }
            double p = probability(NameFeatures.features(text, candidate, commonWords, names));
            int start = nameStart(text, candidate);
            if (p >= THRESHOLD && !(Introduced.afterIntroduction(text.lower(), start)
                    && Introduced.notAName(text, text.lower(), start, candidate.end()))) {
                text.found(PersonalDataType.PERSON_NAME, start, candidate.end(), Math.min(p, 0.95), "name in context (model)");
            }
        }
    }

    /** "am" after "I" in Dutch and German, which is also the particle of Arabic names ("Ahmed ben Ali", "bin"). */
    private static final Set<String> I_AM = Set.of("ben", "bin");

    /**
     * Where the name of {@code candidate} starts: after "Ik"/"Ich" a candidate's leading "ben"/"bin" is the verb, not a
     * particle ("Ik ben Lisa" names "Lisa"). Decided here, after the model, so that the model is asked, and was
     * trained, on the candidates as {@link NameFeatures} makes them.
     */
    private static int nameStart(ScanText text, NameCandidate candidate) {
        int[][] words = candidate.words();
        // the pronoun stands one space before: the candidate's words are joined by single spaces
        if (words.length > 1 && NameFeatures.isParticle(text, words[0][0], words[0][1])
                && I_AM.contains(NameFeatures.lower(text, words[0])) && PRONOUNS.contains(text.wordBefore(words[0][0], 1))) {
            return words[1][0];
        }
        return candidate.start();
    }

    private static final Set<String> PRONOUNS = Set.of("ik", "ich");

    /**
     * Words that open a street's name in French and Belgian addresses: what follows names the street, not a person. Not
     * "place" and "cours", which end sentences too ("payer sur place. Julien Martin", round twenty-three's review).
     */
    private static final nl.helder.guard.text.WordTable<Boolean> STREET_OPENERS = nl.helder.guard.text.WordTable.of(Set.of(
            "rue", "avenue", "av", "boulevard", "bd", "allée", "chemin", "impasse", "quai", "chaussée", "drève"));

    private static boolean afterStreetWord(String lower, int start) {
        int p = start;
        while (p > 0 && lower.charAt(p - 1) == ' ') {
            p--;
        }
        boolean stop = p > 0 && lower.charAt(p - 1) == '.';
        if (stop) {
            p--; // only the abbreviations "av." and "bd." end in a full stop here
        }
        int wordEnd = p;
        while (p > 0 && Character.isLetter(lower.charAt(p - 1))) {
            p--;
        }
        return p < wordEnd && STREET_OPENERS.contains(lower, p, wordEnd) && (!stop || wordEnd - p == 2);
    }

    /**
     * Whether a postcode stands right before {@code start}, one space between: a Dutch postcode with its letters
     * ("1012 NX Amsterdam"), or four or five digits that a postcode word stands before or that the address rules
     * found as a postcode ("code postal 75001 Paris", "Kerkstraat 5, 1000 Brussel"): the word after it names a place.
     * Digits alone are not enough: "Op 12 maart 2024 Peter de Vries belde", "ordernummer 5512 Mark Visser".
     */
    private static boolean afterPostcode(ScanText text, int start) {
        String s = text.text();
        int end = start - 1;
        if (end < 1 || s.charAt(end) != ' ') {
            return false;
        }
        int p = end;
        boolean letters = false;
        if (p >= 3 && Character.isUpperCase(s.charAt(p - 1)) && Character.isUpperCase(s.charAt(p - 2))) { // "1012 NX "
            p -= 2;
            letters = true;
            if (s.charAt(p - 1) == ' ') {
                p--;
            }
        }
        int digitsEnd = p;
        int digits = 0;
        while (p - 1 >= 0 && Character.isDigit(s.charAt(p - 1)) && digits < 6) {
            p--;
            digits++;
        }
        if (!(digits == 4 || digits == 5) || p > 0 && Character.isLetterOrDigit(s.charAt(p - 1))) {
            return false;
        }
        if (letters && digits == 4 || text.precededBy(p, 20, AddressDetector.POSTCODE_WORDS)) {
            return true;
        }
        for (PersonalDataFinding finding : text.findings()) {
            if (finding.type() == PersonalDataType.POSTCODE && finding.end() == digitsEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidates worth scoring: at least one word on a name list, or initials. Runs of capitalised words none of
     * which could be a name ("Bakkerij De Korenschoof", German nouns) are left out before any feature is built,
     * in training as in use, which keeps the guard fast.
     */
    List<NameCandidate> candidates(ScanText text) {
        List<NameCandidate> all = NameFeatures.trimmed(text, NameFeatures.candidates(text), commonWords, names);
        List<NameCandidate> kept = new java.util.ArrayList<>(all.size());
        for (NameCandidate candidate : all) {
            if (NameFeatures.mayBeName(text, candidate, names)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    List<String> features(ScanText text, NameCandidate candidate) {
        return NameFeatures.features(text, candidate, commonWords, names);
    }

    double probability(List<String> features) {
        double z = 0;
        for (String feature : features) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Writes the model in the format {@link #standard()} reads: "word" lines, then "weight" lines, sorted. */
    static void write(List<String> header, Map<String, Double> weights, Set<String> commonWords, Writer out) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        for (String word : new TreeSet<>(commonWords)) {
            out.write("word\t" + word + "\n");
        }
        for (Map.Entry<String, Double> weight : new TreeMap<>(weights).entrySet()) {
            out.write("weight\t" + weight.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.6f", weight.getValue()) + "\n");
        }
    }

    private static PersonNameModel load() {
        try (InputStream in = PersonNameModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Map<String, Double> weights = new HashMap<>();
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("word\t")) {
                    words.add(line.substring(5));
                } else if (line.startsWith("weight\t")) {
                    String[] parts = line.split("\t");
                    weights.put(parts[1], Double.parseDouble(parts[2]));
                }
            }
            return new PersonNameModel(weights, words, NameLexicon.STANDARD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
