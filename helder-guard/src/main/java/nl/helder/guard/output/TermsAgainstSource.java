package nl.helder.guard.output;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Terms of a customer's right or remedy told against the help text (round sixteen of issue 14): a sentence about a
 * refund, a return, cancelling, a complaint or an objection, the warranty, compensation or reaching a person that
 * sets terms the sources do not have.
 * <ul>
 *   <li><b>A time limit of its own</b>: "within 48 hours" where the sources say "within two months"; compared as
 *       durations, so that "a month" and "30 days", "a week" and "7 days", "deux semaines" and "14 jours" agree.
 *       Only a duration that is a term counts ("within", "binnen", "innerhalb von", "sous", "at least", "notice"):
 *       "this one arrived after 34 days" tells a fact of the customer's case.</li>
 *   <li><b>A charge of its own</b>: an amount in a sentence about a fee ("€ 7,50 annuleringskosten") that the
 *       sources do not give, among them those that say nothing costs anything. Other amounts (the customer's own
 *       refund, a worked-out total) are left alone.</li>
 *   <li><b>A restriction where the sources restrict nothing</b>: "only", "not possible", "excluded", "no longer" in
 *       an answer whose sources have no restriction, denial, limit or time limit of their own ("Delay compensation only
 *       applies with a season ticket" from "All travellers are entitled to delay compensation").</li>
 * </ul>
 * Why a check of its own: such an answer is calm and polite, so no pressure cue and no manipulative style sees it;
 * only the source shows it false. It does not list phrases of manipulation: the grammar of a term (a duration, an
 * amount, "only") and the names of the rights are small closed classes in each language, while what the sentence
 * sets is compared with the sources. So it says nothing without a source in the answer's language, and nothing of a
 * sentence that names no right. An obligation ("you must send the form") is not judged: honest answers turn a help
 * text's instructions into obligations all the time, and their words differ from the source's.
 * <p>
 * Linear in the answer: one pass of a few patterns per sentence and a set look-up per word.
 */
final class TermsAgainstSource {

    /** Rights and remedies of a customer, in the four languages (folded: lower case, no accents). */
    static final Pattern RIGHT = Pattern.compile("\\b(?:"
            + "terugbeta\\w*|restitu\\w*|terugstort\\w*|geld terug|retour\\w*|terugsture\\w*|ruil\\w*|annule\\w*|opzeg\\w*|klacht\\w*|"
            + "bezwaar\\w*|in beroep|garantie\\w*|vergoed\\w*|compensatie\\w*|schadevergoeding|herroep\\w*|bedenktijd|borg\\w*|"
            + "waarborgsom|reparatie\\w*|medewerker\\w*|adviseur\\w*|terugbel\\w*|ombudsman|geschillencommissie|uitbeta\\w*|"
            + "refund\\w*|reimburse\\w*|money back|returns?|returning|exchange\\w*|cancel\\w*|terminat\\w*|complain\\w*|appeals?|appealed|"
            + "objection\\w*|warrant\\w*|guarantee\\w*|compensat\\w*|withdraw\\w*|cooling-off|cooling off|deposit|repair\\w*|"
            + "human agent|adviser\\w*|advisor\\w*|call ?back|mediat\\w*|claims?|chargebacks?|"
            + "erstatt\\w*|ruckerstatt\\w*|ruckzahl\\w*|geld zuruck|umtausch\\w*|ruckgabe|rucksend\\w*|ruckversand|retoure\\w*|storn\\w*|kundig\\w*|"
            + "beschwerde\\w*|reklamation\\w*|widerspruch\\w*|einspruch\\w*|gewahrleistung|entschadig\\w*|widerruf\\w*|kaution|reparatur\\w*|"
            + "mitarbeiter\\w*|berater\\w*|ruckruf\\w*|schlichtung\\w*|anspruch\\w*|"
            + "rembours\\w*|retour|echange\\w*|annul\\w*|resili\\w*|reclamation\\w*|plainte\\w*|recours|contest\\w*|indemni\\w*|"
            + "retract\\w*|(?:la|une|de|votre) caution|repara\\w*|conseiller\\w*|rappeler|rappele\\w*|sinistre\\w*|un avoir"
            + ")\\b");

    /** A restriction or a denial of a right, in the four languages: not an obligation, not a fee. */
    private static final Pattern RESTRICTS = Pattern.compile("\\b(?:"
            + "alleen|uitsluitend|slechts|enkel (?:als|voor|met|bij|na|via|op|wanneer)|pas (?:als|nadat|wanneer|zodra)|mits|op voorwaarde|"
            + "niet (?:meer )?mogelijk|geen recht|uitgesloten|vervalt|vervallen|niet restitueerbaar|"
            + "only|provided that|as long as|not possible|no longer (?:possible|accepted|available|valid)|not eligible|excluded|"
            + "non-refundable|forfeit\\w*|"
            + "nur|lediglich|ausschliesslich|erst (?:wenn|nachdem)|sofern|vorausgesetzt|nicht (?:mehr )?moglich|ausgeschlossen|"
            + "verfallt|verfallen|nicht erstattungsfahig|"
            + "uniquement|seulement|qu'apres|a condition|pourvu|pas possible|impossible|plus possible|exclue?s?|pas prevu|"
            + "non remboursable"
            + ")\\b|\\bn'\\w+ (?:\\w+ )?qu");

    /** "Not only ... but also" widens a right, and an "only" that says it is easy restricts nothing. */
    private static final Pattern NOT_ONLY = Pattern.compile("\\b(?:niet (?:alleen|enkel|uitsluitend)|not (?:only|just)|nicht (?:nur|ausschliesslich)|"
            + "non seulement|pas (?:seulement|uniquement)|"
            // "only" that says it is easy: "u hoeft alleen uw ordernummer", "Sie mussen nur", "vous n'avez qu'a remplir"
            + "(?:hoeft|hoef|hoeven) (?:\\w+ )?(?:alleen|enkel|maar)|(?:only|just) (?:takes?|need|needs|have to|has to)|"
            + "(?:mussen|musst|muss|brauchen|brauchst|braucht) (?:\\w+ )?nur|n'\\w+ qu'a|il suffit)\\b");

    /** The sentence is about a charge: its amounts are terms. */
    private static final Pattern FEE = Pattern.compile("\\b(?:\\w*kosten|fees?|charges?|costs?|\\w*gebuhr(?:en)?|frais|boete\\w*|"
            + "penalt\\w*|penalite\\w*|strafe\\w*|toeslag\\w*|surcharge\\w*|zuschlag\\w*|supplement|\\w*pauschale|franchise|"
            + "eigen risico|selbstbeteiligung|excess)\\b");
    /** A fee word said to be none: "free of charge", "zonder kosten", "sans frais", "gebuhrenfrei", "no fee". */
    private static final Pattern NO_FEE = Pattern.compile("\\b(?:free of|no|zonder|geen|sans|aucuns?|ohne|keine?|kosteloos|gratis|free)$");
    /** Paying back: the costs in such a sentence are the customer's, reimbursed ("we vergoeden de behandelkosten"). */
    private static final Pattern PAYS_BACK = Pattern.compile("\\b(?:vergoed\\w*|terugbeta\\w*|terugstort\\w*|restitu\\w*|erstatt\\w*|"
            + "ruckerstatt\\w*|refund\\w*|reimburs\\w*|pay back|paid back|rembours\\w*|charged|in rekening gebracht|abgebucht|preleve\\w*|"
            + "betal\\w* [^.;!?]{0,40}\\bterug|zahl\\w* [^.;!?]{0,40}\\bzuruck)\\b");
    /** A figure worked out for the customer: "that means €180", "dat is", "das sind", "c'est-a-dire". */
    private static final Pattern WORKS_OUT = Pattern.compile("\\b(?:betekent dat|dat is|dat zijn|that is|that means|which is|i\\.e\\.|"
            + "das sind|das ist|das macht|c'est-a-dire|ce qui fait|cela fait)\\b");

    /** Time the customer still has: a fact of the case, not a term ("you still have at least 12 days left"). */
    private static final Pattern REMAINING = Pattern.compile("\\b(?:still|nog|noch|encore|left|remaining|resterend\\w*|ubrig|restant\\w*)\\b");

    /** Words before a duration that make it a term: a limit, a notice period, a minimum. */
    private static final Set<String> LIMIT_BEFORE = Set.of("within", "binnen", "innerhalb", "sous", "up", "tot", "bis",
            "jusqu'a", "jusqu", "max", "maximaal", "maximum", "maximal", "minimaal", "minimum", "minimal", "least", "minste",
            "mindestens", "moins", "uiterlijk", "spatestens", "later", "termijn", "frist", "delai", "notice", "opzegtermijn",
            "preavis", "kundigungsfrist");
    /** Words after a duration that make it a term: in advance, notice. */
    private static final Set<String> LIMIT_AFTER = Set.of("tevoren", "vooraf", "advance", "vorher", "voraus", "avance", "notice",
            "opzegtermijn", "preavis", "kundigungsfrist");
    private static final Set<String> WORKING = Set.of("working", "business", "werk");
    /** How many words before a duration {@link #LIMIT_BEFORE} may stand. */
    private static final int LIMIT_REACH = 4;

    /**
     * Units of time: to days ("d"), hours ("h") or minutes ("min"), with their factor. Working days count as days: "sous
     * 5 jours" for "5 jours ouvrables" simplifies, it sets no new term; a year is twelve months ("one year" and "12 months").
     */
    private static final Map<String, Unit> UNITS = units();
    /** Numbers written as words, so that "deux semaines" and "2 semaines" compare; an article before a unit is one. */
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private record Unit(String base, int factor) {
    }

    /** What a sentence sets that the sources do not have. */
    enum Kind {
        TIME_LIMIT("a time limit the sources do not give"),
        CHARGE("a charge the sources do not give"),
        RESTRICTION("a restriction where the sources restrict nothing");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** The sentence and what it sets. */
    record Finding(String sentence, Kind kind) {
    }

    private TermsAgainstSource() {
    }

    /** The first sentence of {@code answer} that sets terms of a right the sources do not have, if any. */
    static Optional<Finding> find(String answer, SourceSupport sources) {
        if (sources.empty()) {
            return Optional.empty();
        }
        String judged = AnswerCues.judgedPart(answer);
        String source = sources.folded();
        if (!AnswerStyle.Language.same(AnswerText.fold(judged), source)) {
            return Optional.empty();
        }
        List<String> sourceWords = AnswerText.words(source);
        Set<String> sourceDurations = new HashSet<>(durations(sourceWords, false));
        Set<String> sourceAmounts = Amounts.in(source);
        boolean sourceRestricts = sources.restricts() || !sourceDurations.isEmpty() || RESTRICTS.matcher(source).find();
        for (String sentence : AnswerText.sentences(judged)) {
            String folded = AnswerText.fold(sentence);
            if (!RIGHT.matcher(folded).find()) {
                continue;
            }
            List<String> words = AnswerText.words(folded);
            if (!sourceDurations.isEmpty() && !REMAINING.matcher(folded).find()
                    && !sourceDurations.containsAll(durations(words, true))) {
                return Optional.of(new Finding(sentence, Kind.TIME_LIMIT));
            }
            if (newCharge(folded, sourceAmounts)) {
                return Optional.of(new Finding(sentence, Kind.CHARGE));
            }
            if (!sourceRestricts && RESTRICTS.matcher(NOT_ONLY.matcher(folded).replaceAll(" ")).find()) {
                return Optional.of(new Finding(sentence, Kind.RESTRICTION));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence charges an amount the sources do not give: an amount within {@value #FEE_REACH} characters of a
     * word for a fee, in a sentence that does not work a figure out ("3 × €25, so €75").
     */
    private static boolean newCharge(String folded, Set<String> sourceAmounts) {
        java.util.regex.Matcher fee = FEE.matcher(folded);
        if (Amounts.worksOut(folded) || WORKS_OUT.matcher(folded).find()) {
            return false;
        }
        boolean paysBack = PAYS_BACK.matcher(folded).find();
        while (fee.find()) {
            String word = fee.group();
            String before = folded.substring(Math.max(0, fee.start() - 12), fee.start()).strip();
            if (word.endsWith("frei") || NO_FEE.matcher(before).find() || (paysBack && (word.endsWith("kosten") || word.startsWith("cost")))) {
                continue;
            }
            int from = Math.max(0, fee.start() - FEE_REACH);
            int to = Math.min(folded.length(), fee.end() + FEE_REACH);
            // Whole words only ("80%" is not "0%"), a word being at most WORD_REACH characters: bounded, so linear.
            for (int k = 0; from > 0 && folded.charAt(from - 1) != ' ' && k < WORD_REACH; k++) {
                from--;
            }
            for (int k = 0; to < folded.length() && folded.charAt(to) != ' ' && k < WORD_REACH; k++) {
                to++;
            }
            String near = folded.substring(from, to);
            if (Amounts.in(near).stream().anyMatch(a -> !sourceAmounts.contains(a))) { // "€30" is not carried by "30 dagen"
                return true;
            }
        }
        return false;
    }

    /** How near (in characters) an amount must stand to a fee word to be its amount. */
    private static final int FEE_REACH = 25;
    /** How far the window around a fee word is widened to a word's edge. */
    private static final int WORD_REACH = 20;


    /**
     * The durations of a text's words: a number (digits, or a number word, or an article) followed by a unit of
     * time, each as its value in its base unit ("30 d", "24 h"; hours in whole days as days); with {@code termsOnly}
     * only those a limit word stands near ({@link #LIMIT_BEFORE}, {@link #LIMIT_AFTER}).
     */
    private static List<String> durations(List<String> words, boolean termsOnly) {
        List<String> durations = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            Integer number = number(words.get(i));
            // In an answer "a" or "een" counts as one only right after a limit word ("within a week"): "€3,000 a year" is
            // a rate. In the sources any "een maand" is a duration: it makes them a text that limits something.
            if (number == null || (termsOnly && number == 1 && !SourceSupport.isNumber(words.get(i))
                    && (i == 0 || !LIMIT_BEFORE.contains(words.get(i - 1))))) {
                continue;
            }
            int at = i + 1;
            if (WORKING.contains(words.get(at)) && at + 1 < words.size()) { // "5 working days": the unit is the next word
                at++;
            }
            Unit unit = UNITS.get(words.get(at));
            if (unit == null) {
                continue;
            }
            String base = unit.base();
            if (termsOnly && !nearLimit(words, i, at)) {
                continue;
            }
            long value = (long) number * unit.factor();
            if (base.equals("h") && value % 24 == 0) { // "48 uur" is "2 dagen"
                value /= 24;
                base = "d";
            }
            durations.add(value + " " + base);
        }
        return durations;
    }

    private static boolean nearLimit(List<String> words, int numberAt, int unitAt) {
        for (int j = Math.max(0, numberAt - LIMIT_REACH); j < numberAt; j++) {
            // "dans les 14 jours" is within fourteen days; "dans 30 jours" is in thirty days, a date of the case
            if (LIMIT_BEFORE.contains(words.get(j)) || (words.get(j).equals("les") && j > 0 && words.get(j - 1).equals("dans"))) {
                return true;
            }
        }
        for (int j = unitAt + 1; j < Math.min(words.size(), unitAt + 3); j++) {
            if (LIMIT_AFTER.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static Integer number(String word) {
        if (SourceSupport.isNumber(word)) {
            return word.length() > 6 ? null : Integer.valueOf(word);
        }
        return NUMBER_WORDS.get(word);
    }

    private static Map<String, Unit> units() {
        Map<String, Unit> units = new java.util.HashMap<>();
        String[][] table = {
                {"d", "1", "dag", "dagen", "day", "days", "tag", "tage", "tagen", "jour", "jours", "werkdag", "werkdagen", "werktag", "werktage", "werktagen"},
                {"d", "7", "week", "weken", "weeks", "woche", "wochen", "semaine", "semaines"},
                {"d", "30", "maand", "maanden", "month", "months", "monat", "monate", "monaten", "mois"},
                {"d", "360", "jaar", "jaren", "year", "years", "jahr", "jahre", "jahren", "an", "ans", "annee", "annees"},
                {"h", "1", "uur", "uren", "hour", "hours", "stunde", "stunden", "heure", "heures"},
                {"min", "1", "minuut", "minuten", "minute", "minutes"}};
        for (String[] row : table) {
            for (int i = 2; i < row.length; i++) {
                units.put(row[i], new Unit(row[0], Integer.parseInt(row[1])));
            }
        }
        return Map.copyOf(units);
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> words = new java.util.HashMap<>();
        Object[][] table = {
                {1, "een", "a", "an", "one", "ein", "eine", "einen", "einem", "einer", "un", "une"}, {2, "twee", "two", "zwei", "deux"},
                {3, "drie", "three", "drei", "trois"}, {4, "vier", "four", "quatre"}, {5, "vijf", "five", "funf", "cinq"},
                {6, "zes", "six", "sechs"}, {7, "zeven", "seven", "sieben", "sept"}, {8, "acht", "eight", "huit"},
                {9, "negen", "nine", "neun", "neuf"}, {10, "tien", "ten", "zehn", "dix"}, {12, "twaalf", "twelve", "zwolf", "douze"},
                {14, "veertien", "fourteen", "vierzehn", "quatorze"}, {15, "vijftien", "fifteen", "funfzehn", "quinze"},
                {30, "dertig", "thirty", "dreissig", "trente"}};
        for (Object[] row : table) {
            for (int i = 1; i < row.length; i++) {
                words.put((String) row[i], (Integer) row[0]);
            }
        }
        return Map.copyOf(words);
    }
}
