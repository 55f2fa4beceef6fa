package nl.helder.guard.injection;

import nl.helder.guard.text.Tokens;
import nl.helder.guard.text.WordTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A logistic-regression model over the words and word pairs of a normalised message, trained by
 * {@link InjectionModelTrainer}. Words it never saw weigh nothing, so a message in a language or domain
 * absent from its training data scores near the prior, not high: the patterns carry those languages.
 */
final class InjectionModel {

    /** The model Helder ships, trained from the data named in its header. */
    static final String RESOURCE = "injection-model.tsv";
    /** Long texts are judged on their first words: a model of chat messages says little about a page of text. */
    static final int MAX_WORDS = 1_000;
    private static final int EXPLAINED_FEATURES = 3;

    private final double bias;
    private final Map<String, Double> weights;
    private final List<String> header;
    /**
     * The weights again, for prediction, by word: the word's own feature and the pairs it begins, so a word is looked
     * up once (no strings built). A packed table: looked up for every word of every message.
     */
    private final WordTable<WordFeatures> byWord;

    InjectionModel(double bias, Map<String, Double> weights, List<String> header) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.header = List.copyOf(header);
        Map<String, Feature> words = new HashMap<>();
        Map<String, Map<String, Feature>> pairs = new HashMap<>();
        int id = 0;
        for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
            Feature feature = new Feature(id++, entry.getKey(), entry.getValue());
            int space = entry.getKey().indexOf(' ');
            if (space < 0) {
                words.put(entry.getKey(), feature);
            } else {
                pairs.computeIfAbsent(entry.getKey().substring(0, space), w -> new HashMap<>()).put(entry.getKey().substring(space + 1), feature);
            }
        }
        Map<String, WordFeatures> byWord = new HashMap<>();
        words.forEach((word, feature) -> byWord.put(word, new WordFeatures(feature, Map.of())));
        pairs.forEach((word, following) -> byWord.merge(word, new WordFeatures(null, Map.copyOf(following)),
                (alone, paired) -> new WordFeatures(alone.alone(), paired.following())));
        this.byWord = WordTable.of(byWord);
    }

    private record Feature(int id, String name, double weight) {
    }

    /** A word's own feature (or null) and the features of the pairs it begins, by their second word. */
    private record WordFeatures(Feature alone, Map<String, Feature> following) {
    }

    /** The probability that a message is an injection, and the features that pushed it up most. */
    record Prediction(double probability, List<String> strongestFeatures) {
    }

    static InjectionModel standard() {
        try (InputStream in = Objects.requireNonNull(InjectionModel.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The features of a normalised text: its distinct words and pairs of neighbouring words, leaving out
     * numbers, function words and pairs of them. Those say more about how a data set was made (template-generated
     * benign prompts have few) than about intent, and made the model flag any fluent sentence.
     */
    static Set<String> features(String folded) {
        List<String> words = Tokens.words(folded, MAX_WORDS);
        Set<String> features = new LinkedHashSet<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            if (isNumber(words.get(i))) {
                continue;
            }
            boolean function = FUNCTION_WORDS.contains(words.get(i)) || "ab".equals(words.get(i)) && dateFollows(words, i);
            if (!function) {
                features.add(words.get(i));
            }
            if (i + 1 < words.size() && !isNumber(words.get(i + 1)) && !(function && FUNCTION_WORDS.contains(words.get(i + 1)))) {
                features.add(words.get(i) + ' ' + words.get(i + 1));
            }
        }
        return features;
    }

    /**
     * Whether a date follows German "ab" ("ab 1. März", "ab dem 15.", "ab nächsten Monat", "ab morgen", "ab wann"): then it
     * is the everyday preposition of a customer's cancellation or move, not the "ab jetzt …" of a German jailbreak,
     * which the model learnt "ab" from ("Bitte kündigen Sie meinen Vertrag ab 1. März." was refused).
     */
    private static boolean dateFollows(List<String> words, int i) {
        return i + 1 < words.size() && isDate(words.get(i + 1));
    }

    private static boolean dateFollows(WordList words, int i) {
        return i + 1 < words.size() && isDate(words.get(i + 1));
    }

    private static boolean isDate(String word) {
        return isNumber(word) || DATE_WORDS.contains(word);
    }

    private static final Set<String> DATE_WORDS = Set.of("dem", "der", "den", "nachsten", "nachster", "kommenden", "kommendem",
            "morgen", "ubermorgen", "heute", "wann", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
            "sonntag", "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember", "mitte", "anfang", "ende", "sommer", "herbst", "winter", "fruhjahr");

    /**
     * Numbers are left out: order numbers, amounts, phone numbers and the steps of a numbered list are in
     * benign messages and attacks alike, and a model that weighed them flagged addresses and help articles.
     */
    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Articles, pronouns, prepositions, conjunctions and auxiliaries of English, Dutch, German and French. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.Arrays.asList(("a an the this that these those it its is are was were be been being am "
            + "have has had do does did will would can could should shall may might must to of in on at by for with from into about "
            + "as and or but if then than so not no i me my you your he she we they them their our us what which who how when where "
            + "there here all any some every each also just only very too more most such own same other s t "
            + "de het een en of in op aan van voor met bij naar om te is zijn was waren ben bent heeft hebben had wordt worden "
            + "ik mij me mijn je jij jou jouw u uw hij zij ze wij we hun ons onze dat dit die deze wat wie hoe waar wanneer er "
            + "niet geen ook nog al maar dan als of want dus zo heel "
            + "der die das den dem des ein eine einen einem einer und oder aber wenn als zu im am vom zum zur mit von fur auf aus "
            + "ist sind war bin bist hat haben ich mich mir mein du dich dir dein er sie es wir ihr uns was wie wo nicht kein auch noch "
            + "le la les un une des du et ou mais si que qui quoi est sont etait suis es ai as a avec pour par sur dans en au aux "
            + "je me moi mon ma mes tu te toi ton ta tes il elle nous vous ils elles leur ce cette ces ne pas plus c d l j n qu "
            // The same kinds of word the English list has, for Dutch, German and French too (round four of issue 14:
            // the model had learnt "comment", "hier", "alles", "mag" from attacks, and "why" beside how/when/where). Not the
            // particles of separable verbs ("geef … door", "zet … uit", "gebe … durch", "ziehe … um"): they carry the verb's meaning
            + "why "
            + "tot tegen naar hier daar alles alle elk elke ieder iedere enkele sommige iets veel meer meest "
            + "kan kun kunt kunnen mag mogen moet moeten zal zult zullen zou zouden wil wilt willen werd had hadden "
            + "hem haar hen jullie zich waarom welk welke zelf andere ander dezelfde erg zeer alleen nu "
            + "bei nach uber gegen bis hier da dort alles alle jeder jede jedes jeden einige etwas viel viele mehr "
            + "kann kannst konnen konnte darf durfen muss mussen soll sollte sollen wird werden wurde will wollen "
            + "ihn ihm ihnen ihre ihren ihrem sein seine seinen seinem euch euer eure eurem euren unser unsere unseren sich "
            + "warum welche welcher welches wann dass ob denn dann so nur schon sehr andere gleiche selbst jetzt "
            + "chez entre vers depuis sous ici la tout tous toute toutes chaque quelque quelques beaucoup "
            + "peut peux pouvez pouvons dois doit devez veux veut voulez va vais serait pourrait ont avez avons "
            + "lui eux se son sa ses notre nos votre vos leurs y pourquoi quand comment quel quelle quels quelles "
            + "alors donc car aussi seulement tres trop autre autres meme maintenant").split(" ")));

    /** The prediction for a whole text, as in training: every distinct feature counts once. */
    Prediction predict(String folded) {
        return predict(WordList.of(folded), false);
    }

    /**
     * The prediction for a text, or for its most suspicious sentence when {@code bySentence} and that is
     * higher: an attack appended to an innocent question is diluted in the whole but plain in its sentence.
     * Sentences of fewer than three words are too short to judge alone.
     */
    Prediction predict(WordList text, boolean bySentence) {
        BitSet seen = new BitSet(weights.size());
        BitSet seenInSentence = new BitSet(weights.size());
        double whole = bias;
        double[] sentence = new double[Math.max(1, text.count())];
        java.util.Arrays.fill(sentence, bias);
        int[] sentenceWords = new int[sentence.length];
        List<Feature> positive = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < text.size() && i < MAX_WORDS; i++) {
            int s = text.sentences()[i];
            if (s != current) {
                seenInSentence.clear();
                current = s;
            }
            sentenceWords[s]++;
            WordFeatures features = byWord.get(text.get(i));
            if (features == null) {
                continue;
            }
            // the same words are left out as in training: "ab" before a date is no feature there either
            Feature word = "ab".equals(text.get(i)) && dateFollows(text, i) ? null : features.alone();
            Feature pair = i + 1 < text.size() && !features.following().isEmpty() ? features.following().get(text.get(i + 1)) : null;
            for (int k = 0; k < 2; k++) {
                Feature feature = k == 0 ? word : pair;
                if (feature == null) {
                    continue;
                }
                if (!seen.get(feature.id())) {
                    seen.set(feature.id());
                    whole += feature.weight();
                    if (feature.weight() > 0) {
                        positive.add(feature);
                    }
                }
                if (!seenInSentence.get(feature.id()) && (feature == word || text.sentences()[i + 1] == s)) {
                    seenInSentence.set(feature.id());
                    sentence[s] += feature.weight();
                }
            }
        }
        double best = whole;
        if (bySentence && text.count() > 1) {
            for (int s = 0; s < sentence.length; s++) {
                if (sentenceWords[s] >= 3) {
                    best = Math.max(best, sentence[s]);
                }
            }
        }
        positive.sort(Comparator.comparingDouble(Feature::weight).reversed());
        List<String> strongest = positive.stream().limit(EXPLAINED_FEATURES).map(Feature::name).toList();
        return new Prediction(1 / (1 + Math.exp(-best)), strongest);
    }

    int size() {
        return weights.size();
    }

    /** Writes the model as text: comment lines, the bias, then one feature and weight per line in feature order. */
    void write(Writer out) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        out.write("bias\t" + format(bias) + "\n");
        for (Map.Entry<String, Double> entry : new TreeMap<>(weights).entrySet()) {
            out.write(entry.getKey() + "\t" + format(entry.getValue()) + "\n");
        }
    }

    static String format(double weight) {
        return String.format(Locale.ROOT, "%.4f", weight);
    }

    static InjectionModel read(List<String> lines) {
        double bias = 0;
        Map<String, Double> weights = new HashMap<>();
        List<String> header = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# ")) {
                header.add(line.substring(2));
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            double weight = Double.parseDouble(line.substring(tab + 1));
            if (line.startsWith("bias\t")) {
                bias = weight;
            } else {
                weights.put(line.substring(0, tab), weight);
            }
        }
        return new InjectionModel(bias, weights, header);
    }
}
