package nl.helder.guard.output;

import nl.helder.guard.text.Tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an answer is written, in features that hold across authors: how much of it its sources do not say, and
 * which broad kinds of words it uses (products, pressure, loss, other customers, certainty, advice, money,
 * conditions, "you" and "I"), whether the sources use them too, and its punctuation. No phrase of any author is
 * a feature: the cues ({@link AnswerCues}) learn an author's phrasing and carry poorly to the next author (round
 * five: the train file's manipulation recall rose by 0.22 with its own cues, a new author's by nothing), while
 * these, weighed by {@link AnswerStyleModel}, found half again as many manipulative answers of an author they
 * were not trained on. Every pattern is a plain alternation of words: linear in the answer.
 */
final class AnswerStyle {

    /** The word classes, each a feature when present, present twice, and (with sources) present only in the answer. */
    private static final Map<String, Pattern> CLASSES = classes();

    private static final Pattern EMOJI = Pattern.compile("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]");
    /** The answer's length in content words counts up to this (then as long). */
    private static final int LONG = 40;
    /**
     * Fewer content words than this are too little to judge by style: "Sure, that works today." has nothing to hold
     * against its sources, and the server checks a language model's answer sentence by sentence as it streams.
     */
    static final int MIN_WORDS = 6;
    /** Shares of unsupported content words, each a feature when exceeded. */
    private static final double[] UNSUPPORTED = {0.6, 0.75, 0.85, 0.95};

    private AnswerStyle() {
    }

    private static Map<String, Pattern> classes() {
        Map<String, String> words = new LinkedHashMap<>();
        // Words that mean the same in every sentence they stand in: no "plus" (French "more"), "service" or "plan"
        // ("payment plan"), no "duurt" (Dutch "takes"), "sur" (French "on"), "cher" ("Cher client") or "je" (Dutch
        // "you", French "I"); an independent review found each of these lifting honest answers.
        words.put("product", "pakket\\w*|premium|upgrade\\w*|verzekering\\w*|insurance|versicherung\\w*|assurance|abonnement\\w*|subscription|"
                + "option\\w*|optie\\w*|bundel|bundle|paket\\w*|forfait|tarif\\w*|lening|loan|kredit|pret|credit|add-on|xl");
        words.put("pressure", "nu|now|jetzt|maintenant|vandaag|today|heute|aujourd'hui|meteen|direct|sofort|immediately|snel|quickly|schnell|vite|"
                + "only|alleen|nur|seulement|last|laatste|letzte\\w*|dernier\\w*|straks|soon|bald|bientot");
        words.put("loss", "verlie\\w*|lose|losing|lost|verlier\\w*|perd\\w*|kwijt|risico\\w*|risk\\w*|risiko\\w*|risque\\w*|duurder|te duur|expensive|"
                + "teuer\\w*|plus cher|trop cher|spijt|regret\\w*|bereu\\w*|dommage|schade|jammer|shame|pity");
        words.put("social", "klanten|customers|kunden|clients|iedereen|everyone|jeder|tout le monde|meeste|most|meisten|plupart|mensen|people|"
                + "menschen|gens|buren|neighbours|nachbarn|voisins");
        words.put("you", "jij|jou|jouw|u|uw|you|your|sie|ihr|ihre|ihnen|du|dein\\w*|vous|votre|vos|tu|ton|ta|tes");
        words.put("i", "ik|i|ich|mij|me|mir|mich|moi|mijn|my|mein\\w*|mon|ma|mes");
        words.put("but", "maar|but|aber|mais|however|echter|allerdings|cependant|wel");
        words.put("sure", "zeker|sure|sicher|echt|really|wirklich|vraiment|surely|natuurlijk|of course|naturlich|bien sur");
        words.put("recommend", "raad|aanrader|recommend\\w*|empfehl\\w*|conseill\\w*|recommand\\w*|advies|advice|tip|verstandig|wise|sensible|klug|"
                + "sage|slim|smart|beter|better|besser|mieux");
        words.put("consequence", "anders|otherwise|sonst|sinon|als je niet|if you don't|wenn sie nicht|si vous ne|zonder|without|ohne|sans");
        Map<String, Pattern> classes = new LinkedHashMap<>();
        words.forEach((name, alternatives) -> classes.put(name, Pattern.compile("\\b(?:" + alternatives + ")\\b")));
        // Money has no word boundary before the euro sign.
        classes.put("money", Pattern.compile("€|£|\\$|\\beuro?\\b|\\bper (?:maand|month)\\b|\\bim monat\\b|\\bpar mois\\b"));
        return classes;
    }

    /** The names of every feature {@link #of} can give, in a fixed order: the columns of the model. */
    static List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of("new-number", "exclamation", "question", "emoji", "length"));
        for (double share : UNSUPPORTED) {
            names.add("unsupported>" + share);
        }
        for (String name : CLASSES.keySet()) {
            names.add(name);
            names.add(name + "-twice");
            names.add(name + "-not-in-source");
        }
        return List.copyOf(names);
    }

    /** The features of {@code answer} against {@code sources}: name to value (0 to 1); absent names are 0. */
    static Map<String, Double> of(String answer, SourceSupport sources) {
        String head = AnswerCues.judgedPart(answer);
        String folded = AnswerText.fold(head);
        Map<String, Double> features = new LinkedHashMap<>();
        // With no help text, or one in another language than the answer (an English answer from a Dutch article
        // shares none of its words), what the answer adds cannot be told from what it restates: only the words and
        // the punctuation count. (A "no source" feature was tried: the training files' authors wrote their sourceless
        // answers more often manipulative, which says something of them, not of the answers.)
        boolean sourced = !sources.empty() && Language.same(folded, sources.folded());
        if (sourced) {
            double share = sources.unsupportedShare(folded, OutputCues.UNSUPPORTED_MINIMUM);
            for (double line : UNSUPPORTED) {
                if (share > line) {
                    features.put("unsupported>" + line, 1.0);
                }
            }
            if (sources.hasNewNumber(folded)) {
                features.put("new-number", 1.0);
            }
        }
        for (Map.Entry<String, Pattern> entry : CLASSES.entrySet()) {
            int count = count(entry.getValue().matcher(folded));
            if (count > 0) {
                features.put(entry.getKey(), 1.0);
                if (count > 1) {
                    features.put(entry.getKey() + "-twice", 1.0);
                }
                if (sourced && !entry.getValue().matcher(sources.folded()).find()) {
                    features.put(entry.getKey() + "-not-in-source", 1.0);
                }
            }
        }
        if (head.indexOf('!') >= 0) {
            features.put("exclamation", 1.0);
        }
        if (head.indexOf('?') >= 0) {
            features.put("question", 1.0);
        }
        if (EMOJI.matcher(head).find()) {
            features.put("emoji", 1.0);
        }
        features.put("length", Math.min(SourceSupport.contentWords(folded).size(), LONG) / (double) LONG);
        return features;
    }

    /** The language of a text by its most frequent function words, enough to tell an answer from a help text in another. */
    static final class Language {

        private static final Map<String, java.util.Set<String>> WORDS = Map.of(
                "nl", java.util.Set.of("het", "een", "van", "niet", "je", "jij", "uw", "wij", "dat", "voor", "met", "zijn", "ook", "maar", "wordt", "bij"),
                "en", java.util.Set.of("the", "and", "is", "are", "you", "your", "we", "to", "of", "for", "with", "not", "this", "that", "be", "it"),
                "de", java.util.Set.of("der", "das", "und", "ist", "nicht", "sie", "ihr", "ihre", "wir", "zu", "mit", "fur", "auf", "ein", "eine", "dem"),
                "fr", java.util.Set.of("le", "la", "les", "et", "est", "pas", "vous", "votre", "nous", "du", "des", "pour", "avec", "une", "un", "sur"));

        private Language() {
        }

        /** Whether two folded texts are in the same language, or either says too little to tell. */
        static boolean same(String a, String b) {
            String first = of(a);
            String second = of(b);
            return first == null || second == null || first.equals(second);
        }

        /** The language with the most function words among the first 200 words, or null below three. */
        static String of(String folded) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            for (String word : Tokens.words(folded, 200)) {
                WORDS.forEach((language, words) -> {
                    if (words.contains(word)) {
                        counts.merge(language, 1, Integer::sum);
                    }
                });
            }
            return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        }
    }

    /** Whether the answer whose features these are is long enough to be judged by style ({@link #MIN_WORDS}). */
    static boolean judgeable(Map<String, Double> features) {
        return features.getOrDefault("length", 0.0) * LONG >= MIN_WORDS - 0.5;
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (count < 2 && matcher.find()) {
            count++;
        }
        return count;
    }
}
