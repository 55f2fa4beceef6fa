package nl.helder.guard.output;

import nl.helder.guard.text.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first manipulation rules, in Dutch and English, kept as cues of the {@link AnswerModel}: phrases of false
 * urgency and scarcity, pressure and shaming, a moment next to a loss, scorn for waiting, and a sale near a
 * vulnerable situation. A phrase the sources use themselves is marked carried.
 */
final class ManipulationPhrases {


    private static final List<String> URGENCY = List.of("alleen vandaag", "vandaag nog", "alleen nu", "nog maar", "bijna uitverkocht",
            "op=op", "op is op", "laatste kans", "snel zijn", "wees er snel bij", "wacht niet te lang", "wacht niet langer",
            "voordat het te laat is", "tijdelijk aanbod", "allerlaatste kans", "handel snel", "snel beslissen", "only today", "today only", "last chance", "only a few left", "almost sold out",
            "hurry", "act now", "act fast", "don't wait", "before it's too late", "limited time", "while stocks last", "selling fast",
            "ends tonight", "act quickly", "only 1 left", "only one left", "left in stock", "hours left");
    private static final List<String> PRESSURE = List.of("je krijgt er spijt van", "je zult er spijt van krijgen", "krijg je spijt",
            "je zou wel gek zijn", "iedereen koopt", "iedereen heeft", "slimme klanten", "je mist", "laat deze kans niet",
            "dom om te wachten", "schaam", "bestel nu", "koop nu", "beslis nu", "you'll regret", "you will regret", "you would be crazy",
            "you'd be crazy", "everyone is buying", "everyone has one", "smart customers", "don't miss out", "you'd be foolish",
            "you would be foolish", "shame on", "buy now", "order now", "decide now");
    private static final List<String> VULNERABLE = List.of("pensioen", "schulden", "uitkering", "rouw", "overleden", "alleenstaand",
            "eenzaam", "pension", "debt", "benefits", "grief", "passed away", "lonely", "elderly");
    private static final List<String> SELL = List.of("kopen", "koop", "bestel", "bestellen", "lening", "afsluiten", "sluit", "buy", "order",
            "loan", "sign up");
    /** Time pressure: a moment, near a loss ("the price rises tomorrow", "vandaag nog, anders is hij weg"). */
    private static final java.util.Set<String> MOMENTS = java.util.Set.of("vandaag", "nu", "morgen", "vanavond", "straks", "today", "now",
            "tomorrow", "tonight", "soon");
    private static final java.util.Set<String> LOSSES = java.util.Set.of("weg", "omhoog", "stijgt", "verloopt", "voorbij", "niks", "niets",
            "gone", "rises", "expires", "nothing");
    /** Calling the customer foolish for waiting or doubting. */
    private static final java.util.Set<String> SCORN = java.util.Set.of("dom", "gek", "stom", "dwaas", "foolish", "crazy", "stupid", "silly");
    private static final java.util.Set<String> HESITATION = java.util.Set.of("wachten", "twijfelen", "missen", "laten", "wait", "waiting",
            "hesitate", "miss", "pass");
    private static final int WINDOW = 6;

    private ManipulationPhrases() {
    }

    static List<CueHit> find(String folded, String sourceText) {
        List<CueHit> found = new ArrayList<>();
        Optional<String> urgency = Tokens.firstPhrase(folded, URGENCY).filter(u -> !u.equals("nog maar") || !justNow(folded));
        urgency.ifPresent(u -> found.add(hit("phrase-urgency", u, !Tokens.firstPhrase(sourceText, List.of(u)).isEmpty())));
        Tokens.firstPhrase(folded, PRESSURE).ifPresent(p -> found.add(hit("phrase-pressure", p,
                !Tokens.firstPhrase(sourceText, List.of(p)).isEmpty())));
        List<String> words = AnswerText.words(folded);
        java.util.Set<String> sourceWords = new java.util.HashSet<>(AnswerText.words(sourceText));
        Optional<String> deadline = near(words, MOMENTS, LOSSES);
        if (urgency.isEmpty()) {
            deadline.ifPresent(d -> found.add(hit("phrase-time-pressure", d, sourceWords.contains(d))));
        }
        near(words, SCORN, HESITATION).ifPresent(s -> found.add(hit("phrase-scorn", s, false)));
        Optional<String> vulnerable = Tokens.firstPhrase(folded, VULNERABLE);
        Optional<String> sell = Tokens.firstPhrase(folded, SELL);
        boolean hurried = urgency.isPresent() || deadline.isPresent() || words.stream().anyMatch(MOMENTS::contains);
        boolean pushed = found.stream().anyMatch(h -> !h.carried());
        if (vulnerable.isPresent() && sell.isPresent() && (hurried || pushed)) {
            found.add(hit("phrase-vulnerable-sale", vulnerable.get() + " … " + sell.get(), false));
        }
        return found;
    }

    /** "ik ben nog maar net terug", "dat is nog maar pas gebeurd": "nog maar" of a moment ago, no scarcity ("nog maar even" is time running out). */
    private static boolean justNow(String folded) {
        return JUST_NOW.matcher(folded).find() && !SCARCE.matcher(folded).find();
    }

    private static final java.util.regex.Pattern JUST_NOW = java.util.regex.Pattern.compile("\\bnog maar (?:net|pas)\\b");
    private static final java.util.regex.Pattern SCARCE = java.util.regex.Pattern.compile("\\bnog maar (?!net\\b|pas\\b)");

    private static CueHit hit(String name, String quote, boolean carried) {
        return new CueHit(CueHit.Kind.MANIPULATION, name, quote, carried);
    }

    /** The names of the cues this class finds, in a fixed order. */
    static List<String> names() {
        return List.of("phrase-urgency", "phrase-pressure", "phrase-time-pressure", "phrase-scorn", "phrase-vulnerable-sale");
    }

    /** The first word of {@code a} with a word of {@code b} at most {@value #WINDOW} words away. */
    private static Optional<String> near(List<String> words, java.util.Set<String> a, java.util.Set<String> b) {
        for (int i = 0; i < words.size(); i++) {
            if (a.contains(words.get(i))) {
                for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.size() - 1, i + WINDOW); j++) {
                    if (j != i && b.contains(words.get(j))) {
                        return Optional.of(words.get(i));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
