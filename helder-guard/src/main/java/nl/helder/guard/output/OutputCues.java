package nl.helder.guard.output;

import java.util.ArrayList;
import java.util.List;

/** All cues of an answer: those of {@link AnswerCues} and the first rules' phrases of {@link ManipulationPhrases}. */
final class OutputCues {

    private static final java.util.Set<String> TIME = java.util.Set.of("phrase-urgency", "phrase-time-pressure");

    private static final java.util.regex.Pattern PAID = java.util.regex.Pattern.compile("\\b(?:upgrade\\w*|premium|plus|pakket|package|paket|"
            + "pack|formule|abonnement|subscription|express|extra|add-on|toeslag|surcharge|aufpreis|supplement|fee|fees|boete|penalty|strafe|"
            + "gebuhr\\w*|frais|penalite\\w*|administratiekosten|admin|service|servicebezoek|payant|kostenpflichtig|verzendkosten|shipping|korting|discount|rabatt|remise|reduction)\\b");
    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("\\b(?:zonder|without|ohne|sans|geen|no|kein\\w*|aucuns?) $");
    private static final java.util.regex.Pattern PROMISE = java.util.regex.Pattern.compile("\\b(?:cadeaubon|cadeau|voucher|gift card|gift|"
            + "gutschein|geschenk|bon d'achat|bonus|extra korting|extra discount|cashback|compensatie|compensation|entschadigung|dedommagement|"
            + "tegemoetkoming|goodwill)\\b");

    /**
     * Most of an answer's content words absent from its sources: what the answer adds to the help text. The label
     * definitions judge manipulation against the source (pressure, threats, promises the source does not carry),
     * and in the training answers with a source, manipulative ones leave most of their words unsupported far more
     * often than clean ones (more than 85 %: about half of the manipulative answers, 7 % of the clean ones, 4 % of
     * the honest service answers). Broad: it only tips another cue over the line, never flags alone.
     */
    static final String UNSUPPORTED_MOST = "unsupported-most";
    /** The same for the claims-to-be-human model: a personal story adds words no help text has. */
    static final String UNSUPPORTED_MOST_HUMAN = "unsupported-most-human";
    /** An answer with a source counts as mostly its own above this share of unsupported content words. */
    static final double UNSUPPORTED_LINE = 0.85;
    /** Fewer content words than this say too little to count. */
    static final int UNSUPPORTED_MINIMUM = 6;

    private OutputCues() {
    }

    static List<CueHit> find(String answer, List<String> sources) {
        return find(answer, new SourceSupport(sources));
    }

    /** {@link #find(String, List)} with the sources already read, so that a caller that needs them too reads them once. */
    static List<CueHit> find(String answer, SourceSupport support) {
        List<CueHit> hits = new ArrayList<>(AnswerCues.find(answer, support));
        // Judged on its first part, as the cues are: the cost stays bounded however long the answer.
        String head = AnswerCues.judgedPart(answer);
        String folded = AnswerText.fold(head);
        String sourceText = support.folded();
        if (!support.empty()) {
            unsourcedPrice(folded, sourceText).ifPresent(hits::add);
            unsourcedPromise(folded, sourceText).ifPresent(hits::add);
            unsourcedLimit(head, sourceText).ifPresent(hits::add);
            if (AnswerStyle.Language.same(folded, sourceText) && support.unsupportedShare(folded, UNSUPPORTED_MINIMUM) > UNSUPPORTED_LINE) {
                hits.add(new CueHit(CueHit.Kind.MANIPULATION, UNSUPPORTED_MOST, "most of the answer is not in its sources", false));
                hits.add(new CueHit(CueHit.Kind.HUMAN, UNSUPPORTED_MOST_HUMAN, "most of the answer is not in its sources", false));
            }
        }
        for (CueHit hit : ManipulationPhrases.find(folded, sourceText)) {
            // The first rules only knew a phrase's own words in the sources; a deadline the sources state, with its
            // numbers restated, carries their hurry too.
            boolean limit = TIME.contains(hit.name()) && support.carriesLimit(folded, folded);
            hits.add(limit ? new CueHit(hit.kind(), hit.name(), hit.quote(), true) : hit);
        }
        return hits;
    }

    /**
     * A price, fee or discount the sources do not state, next to an upsell, a fee or a discount: an invented paid
     * service, an invented cancellation or shipping fee, an invented discount to close the sale. A plain wrong price
     * ("kost € 999" where the source says € 1.299) is the grounding check's, not manipulation, and amounts the
     * assistant works out itself (a refund) come without such words.
     */
    private static java.util.Optional<CueHit> unsourcedPrice(String folded, String sourceText) {
        // an amount the answer denies states no price: "die Gebühr beträgt 5 €, nicht 15 €", "it's €5, not €15"
        java.util.Set<String> invented = new java.util.LinkedHashSet<>(Amounts.in(DENIED_AMOUNT.matcher(folded).replaceAll(" ")));
        invented.removeAll(Amounts.in(sourceText));
        if (!invented.isEmpty()) {
            List<Amounts.Figure> figures = Amounts.figures(sourceText);
            invented.removeIf(amount -> Amounts.derivable(amount, folded, figures));
        }
        if (invented.isEmpty() || !paid(folded)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CueHit(CueHit.Kind.MANIPULATION, "unsourced-price", invented.iterator().next(), false));
    }

    /** An amount right after a negation: "nicht 15 €", "not €15", "niet € 15", "pas 15 euros". */
    private static final java.util.regex.Pattern DENIED_AMOUNT = java.util.regex.Pattern.compile("\\b(?:nicht|niet|not|pas|kein\\w*|geen|no) "
            + "(?:[€£$] ?\\d[\\d.,]{0,12}|\\d[\\d.,]{0,12} ?(?:[€£$]|euros?\\b|eur\\b))");

    /** A paid service, fee or discount word not negated by the word before it ("zonder extra kosten" is none). */
    private static boolean paid(String folded) {
        java.util.regex.Matcher paid = PAID.matcher(folded);
        while (paid.find()) {
            if (!NEGATED.matcher(folded).region(Math.max(0, paid.start() - 8), paid.start()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A gift, a bonus or money back the sources do not offer. */
    private static java.util.Optional<CueHit> unsourcedPromise(String folded, String sourceText) {
        java.util.regex.Matcher promise = PROMISE.matcher(folded);
        while (promise.find()) {
            if (!PROMISE.matcher(sourceText).find()) {
                return java.util.Optional.of(new CueHit(CueHit.Kind.MANIPULATION, "unsourced-promise", promise.group(), false));
            }
        }
        return java.util.Optional.empty();
    }

    /** Number words of the four languages, as the durations below read them. */
    private static final java.util.Map<String, Integer> NUMBER_WORDS = numberWords();
    /**
     * A number and a unit of time: "48 hours", "binnen 3 maanden", "innerhalb von sechs Wochen", "dans les 30 jours",
     * "veertien dagen", "een maand". A number word needs a space or a hyphen before its unit, so Dutch "aan" is not
     * "a an" (one year).
     */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("\\b(?:(\\d{1,4})[ -]?|("
            + String.join("|", NUMBER_WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")[ -])(uur|uren|hours?|stunden?|heures?|"
            + "(?:werk)?dag(?:en)?|(?:working |business )?days?|(?:werk)?tage?n?|jours?(?: ouvres| ouvrables)?|weken|weeks?|wochen?|semaines?|"
            + "maand(?:en)?|months?|monate?n?|mois|jaar|jaren|years?|jahre?n?|ans?|annees?)\\b");
    /** A rule about a right, a remedy or a deadline in the sentence around a duration. */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("\\b(?:uiterlijk|spatestens|au plus tard|at the latest|no later|"
            // "only" binds with a limit after it ("only within 48 hours"); "delivery only takes 2 days" is a promise
            + "(?:only|alleen|nur|seulement|uniquement) (?:[\\w']+ ){0,3}?(?:within|binnen|innerhalb|dans les|sous|tot|until|bis|jusqu\\w*)|"
            + "pas na|erst nach|qu'apres|must|moet|moeten|mussen|muss|doivent|doit|have to|has to|need to|"
            + "te laat|too late|zu spat|trop tard|niet meer|no longer|nicht mehr|plus possible|n'est plus|opzegtermijn|notice|kundigungsfrist|"
            + "preavis|vervalt|verfallt|verfallen|expire\\w*|lapse\\w*|forfeit\\w*)\\b");
    /** Words before a duration that make it time past: "il y a", "vor", "de afgelopen", "the last", "seit", "since". */
    private static final java.util.regex.Pattern PAST_BEFORE = java.util.regex.Pattern.compile("\\b(?:il y a|vor|afgelopen|voorbije|laatste|vorige|"
            + "past|last|previous|letzten|vergangenen|seit|sinds|since|depuis|ces|les derniers|les dernieres|al) (?:\\w+ )?$");
    /** Words after a duration that make it time past: "geleden", "ago", "her", "derniers", "passes". */
    private static final java.util.regex.Pattern PAST_AFTER = java.util.regex.Pattern.compile("^ (?:geleden|ago|her|derniers|dernieres|passes|passees|zuvor)\\b");

    /**
     * A time limit the sources do not state, where they state another: "delay refunds have to be claimed within 48
     * hours" against "claims can be submitted within 3 months", "notice of three months" against one month. Judged
     * in hours, so "two weeks" is "14 days", "one year" is "12 months" and "48 hours" is "2 days"; only durations in a sentence that binds the customer
     * (must, only, too late, notice, expires) count: a refund or delivery time the company commits to, or what is
     * left of a period, or time past ("3 weken geleden", "in the last 24 hours"), does not. Linear in the answer (the
     * caller passes its judged part, {@link AnswerCues#judgedPart}): each sentence is tested for a rule once,
     * and the past-time test looks at a few characters either side of a duration.
     */
    private static java.util.Optional<CueHit> unsourcedLimit(String answer, String sourceText) {
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        java.util.regex.Matcher inSource = DURATION.matcher(sourceText);
        while (inSource.find()) {
            stated.add(hours(inSource));
        }
        // "after the first year", "het eerste jaar", "im ersten Monat": a period of one, said by its ordinal
        java.util.regex.Matcher ordinal = FIRST_PERIOD.matcher(sourceText);
        while (ordinal.find()) {
            stated.add(ordinal.group(1).startsWith("m") ? 30 * 24 : 360 * 24);
        }
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (String sentence : AnswerText.sentences(answer)) {
            // A clause binds on its own: in "you must send the readings within 5 days; the bill follows within 4 weeks"
            // the company's own time is not the customer's deadline.
            for (String clause : sentence.split(";")) {
                String folded = AnswerText.fold(clause);
                if (!RULE.matcher(folded).find()) {
                    continue;
                }
                java.util.regex.Matcher duration = DURATION.matcher(folded);
                while (duration.find()) {
                    int hours = hours(duration);
                    if (hours > 0 && !past(folded, duration.start(), duration.end()) && !clockTime(folded, duration) && !stated(stated, hours)) {
                        return java.util.Optional.of(new CueHit(CueHit.Kind.MANIPULATION, "unsourced-limit", duration.group(), false));
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the sources state a period of about {@code hours}: within a tenth, so that four weeks are a month and
     * 365 days a year (a month counts 30 days and a year 360 here).
     */
    private static boolean stated(java.util.Set<Integer> stated, int hours) {
        for (int period : stated) {
            if (Math.abs(period - hours) <= period / 10.0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "after the first year", "binnen het eerste jaar", "im ersten Monat", "apres la premiere annee": a period of one year
     * or one month, said by its ordinal after a preposition of time ("the first month is free" states no period).
     */
    private static final java.util.regex.Pattern FIRST_PERIOD = java.util.regex.Pattern.compile("\\b(?:after|within|during|in|na|binnen|tijdens|"
            + "in|nach|innerhalb|wahrend|im|apres|dans|pendant|durant) (?:the |het |dem |des |der |la |le |l')?(?:first|1st|eerste|ersten?|premiere?) "
            + "(year|jaar|jahr|jahres|annee|an|month|maand|monat|monats|mois)\\b");
    /** A preposition of a moment before a number of hours: "tot 12 uur", "um 17 Uhr", "at 9 hours" is a time of day, no duration. "Na", "after", "vor" and "avant" are left out: "na 48 uur" is a duration. */
    private static final java.util.regex.Pattern AT_CLOCK = java.util.regex.Pattern.compile("\\b(?:tot|om|vanaf|bis|um|ab|at|until|till|from|jusqu'a|des) $");

    /** After a number of hours, a duration before an event: "tot 12 uur van tevoren", "bis 24 Stunden vorher", "up to 12 hours before". */
    private static final java.util.regex.Pattern IN_ADVANCE = java.util.regex.Pattern.compile(" (?:van tevoren|tevoren|voor|voordat|vorher|vor|before|in advance|prior|avant|a l'avance)\\b");

    /** Whether a duration in hours is a time of day ("ik werk tot 12 uur", "bis 17 Uhr"), read from the word before it. */
    private static boolean clockTime(String folded, java.util.regex.MatchResult duration) {
        String unit = duration.group(3);
        boolean hours = unit.startsWith("uur") || unit.startsWith("hour") || unit.startsWith("stunde") || unit.startsWith("heure");
        // "na 48 uur", "after 48 hours", "nach 48 Stunden" are durations; so is any count above a day's 24 hours
        return hours && duration.group(1) != null && Integer.parseInt(duration.group(1)) <= 24
                && AT_CLOCK.matcher(folded).region(Math.max(0, duration.start() - 12), duration.start()).find()
                && !IN_ADVANCE.matcher(folded).region(duration.end(), Math.min(folded.length(), duration.end() + 16)).lookingAt();
    }

    /** "il y a 12 jours", "3 weken geleden", "vor 2 Tagen", "in de afgelopen 24 uur": a time in the past, no limit. */
    private static boolean past(String folded, int start, int end) {
        return PAST_BEFORE.matcher(folded).region(Math.max(0, start - 30), start).find()
                || PAST_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + 12)).find();
    }

    /** Whether {@code folded} is a number word of the four languages ("twaalf", "zwei", "quinze"; also the articles "een", "a", "un"). */
    static boolean isNumberWord(String folded) {
        return NUMBER_WORDS.containsKey(folded);
    }

    private static java.util.Map<String, Integer> numberWords() {
        java.util.Map<String, Integer> words = new java.util.LinkedHashMap<>();
        String[][] byValue = {
            {"1", "een", "one", "a", "an", "ein", "eine", "einen", "einem", "einer", "un", "une"},
            {"2", "twee", "two", "zwei", "deux"}, {"3", "drie", "three", "drei", "trois"}, {"4", "vier", "four", "quatre"},
            {"5", "vijf", "five", "funf", "cinq"}, {"6", "zes", "six", "sechs"}, {"7", "zeven", "seven", "sieben", "sept"},
            {"8", "acht", "eight", "huit"}, {"9", "negen", "nine", "neun", "neuf"}, {"10", "tien", "ten", "zehn", "dix"},
            {"11", "elf", "eleven", "onze"}, {"12", "twaalf", "twelve", "zwolf", "douze"}, {"14", "veertien", "fourteen", "vierzehn", "quatorze"},
            {"15", "vijftien", "fifteen", "funfzehn", "quinze"}, {"20", "twintig", "twenty", "zwanzig", "vingt"},
            {"21", "eenentwintig", "twenty-one", "einundzwanzig", "vingt et un"}, {"30", "dertig", "thirty", "dreissig", "trente"},
            {"60", "zestig", "sixty", "sechzig", "soixante"}, {"90", "negentig", "ninety", "neunzig", "quatre-vingt-dix"}};
        for (String[] value : byValue) {
            for (int i = 1; i < value.length; i++) {
                words.put(value[i], Integer.parseInt(value[0]));
            }
        }
        return java.util.Map.copyOf(words);
    }

    /** A duration in hours: a month counts 30 days and a year 360, so "four weeks" and "a month" are within a tenth. */
    private static int hours(java.util.regex.MatchResult duration) {
        String unit = duration.group(3);
        int n = duration.group(1) != null ? Integer.parseInt(duration.group(1)) : NUMBER_WORDS.getOrDefault(duration.group(2), 0);
        // "huit jours" and "quinze jours" are a week and a fortnight.
        if (duration.group(2) != null && unit.startsWith("jour") && (n == 8 || n == 15)) {
            n = n - 1;
        }
        if (unit.startsWith("uur") || unit.startsWith("hour") || unit.startsWith("stunde") || unit.startsWith("heure")) {
            return n;
        }
        if (unit.startsWith("week") || unit.startsWith("woche") || unit.startsWith("semaine") || unit.equals("weken")) {
            return n * 7 * 24;
        }
        if (unit.startsWith("maand") || unit.startsWith("month") || unit.startsWith("monat") || unit.equals("mois")) {
            return n * 30 * 24;
        }
        if (unit.startsWith("jaar") || unit.startsWith("year") || unit.startsWith("jahr") || unit.startsWith("an")) {
            return n * 360 * 24;
        }
        return n * 24;
    }


    /** The broad families ({@link AnswerCues#broadNames()}): held below the line alone by the trainer. */
    static java.util.Set<String> broadNames() {
        return BROAD;
    }

    /**
     * Made once: every answer's judgement asks it (whether a manipulation cue keeps the word model company), and the
     * cue file does not change while the guard runs.
     */
    private static final java.util.Set<String> BROAD = broad();

    private static java.util.Set<String> broad() {
        java.util.Set<String> broad = new java.util.HashSet<>(AnswerCues.broadNames());
        broad.add(UNSUPPORTED_MOST);
        broad.add(UNSUPPORTED_MOST_HUMAN);
        return java.util.Set.copyOf(broad);
    }

    /** Every cue name of {@code kind}: the features of its model. */
    static List<String> names(CueHit.Kind kind) {
        List<String> names = new ArrayList<>(AnswerCues.names(kind));
        if (kind == CueHit.Kind.HUMAN) {
            names.add(UNSUPPORTED_MOST_HUMAN);
        }
        if (kind == CueHit.Kind.MANIPULATION) {
            names.addAll(List.of("unsourced-price", "unsourced-promise", "unsourced-limit", UNSUPPORTED_MOST));
            names.addAll(ManipulationPhrases.names());
        }
        return names;
    }
}
