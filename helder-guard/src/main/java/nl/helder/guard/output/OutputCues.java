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

    private OutputCues() {
    }

    static List<CueHit> find(String answer, List<String> sources) {
        SourceSupport support = new SourceSupport(sources);
        List<CueHit> hits = new ArrayList<>(AnswerCues.find(answer, support));
        String folded = AnswerText.fold(answer);
        String sourceText = AnswerText.fold(String.join("\n", sources));
        if (!support.empty()) {
            unsourcedPrice(folded, sourceText).ifPresent(hits::add);
            unsourcedPromise(folded, sourceText).ifPresent(hits::add);
            unsourcedLimit(answer, sourceText).ifPresent(hits::add);
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
        java.util.Set<String> invented = new java.util.LinkedHashSet<>(Amounts.in(folded));
        invented.removeAll(Amounts.in(sourceText));
        if (invented.isEmpty() || !paid(folded)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CueHit(CueHit.Kind.MANIPULATION, "unsourced-price", invented.iterator().next(), false));
    }

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

    /** A number and a unit of time: "48 hours", "binnen 3 maanden", "innerhalb von sechs Wochen", "dans les 30 jours". */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("\\b(\\d{1,4}|een|one|a|twee|two|drie|three|vier|four|vijf|five|"
            + "zes|six|ein\\w{0,2}|zwei|drei|funf|sechs|un|une|deux|trois|quatre|cinq)[ -]?(uur|uren|hours?|stunden?|heures?|"
            + "(?:werk)?dag(?:en)?|(?:working |business )?days?|(?:werk)?tage?n?|jours?(?: ouvres| ouvrables)?|weken|weeks?|wochen|semaines?|"
            + "maanden|months?|monaten?|mois|jaar|jaren|years?|jahren?|ans?|annees?)\\b");
    /** A rule about a right, a remedy or a deadline in the sentence around a duration. */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("\\b(?:uiterlijk|spatestens|au plus tard|at the latest|no later|"
            + "only|alleen|pas na|nur|erst nach|seulement|uniquement|qu'apres|must|moet|moeten|mussen|muss|doivent|doit|have to|has to|need to|"
            + "te laat|too late|zu spat|trop tard|niet meer|no longer|nicht mehr|plus possible|n'est plus|opzegtermijn|notice|kundigungsfrist|"
            + "preavis|vervalt|verfallt|verfallen|expire\\w*|lapse\\w*|forfeit\\w*)\\b");

    /**
     * A time limit the sources do not state, where they state another: "delay refunds have to be claimed within 48
     * hours" against "claims can be submitted within 3 months", "notice of three months" against one month. Judged
     * in days, so "two weeks" is "14 days" and "one year" is "12 months"; only durations in a sentence that binds the customer
     * (must, only, too late, notice, expires) count: a refund or delivery time the company commits to, or what is
     * left of a period, does not.
     */
    private static java.util.Optional<CueHit> unsourcedLimit(String answer, String sourceText) {
        java.util.Set<Integer> stated = new java.util.HashSet<>();
        java.util.regex.Matcher inSource = DURATION.matcher(sourceText);
        while (inSource.find()) {
            stated.add(days(inSource.group(1), inSource.group(2)));
        }
        if (stated.isEmpty()) {
            return java.util.Optional.empty();
        }
        for (String sentence : AnswerText.sentences(answer)) {
            String folded = AnswerText.fold(sentence);
            java.util.regex.Matcher duration = DURATION.matcher(folded);
            while (duration.find()) {
                int days = days(duration.group(1), duration.group(2));
                // "il y a 12 jours", "3 weken geleden", "vor 2 Tagen", "a week ago": a date in the past, no limit.
                boolean past = folded.startsWith(" geleden", duration.end()) || folded.startsWith(" ago", duration.end())
                        || folded.regionMatches(Math.max(0, duration.start() - 7), "il y a ", 0, 7) || folded.regionMatches(Math.max(0, duration.start() - 4), "vor ", 0, 4);
                if (days > 0 && !past && !stated.contains(days) && RULE.matcher(folded).find()) {
                    return java.util.Optional.of(new CueHit(CueHit.Kind.MANIPULATION, "unsourced-limit", duration.group(), false));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A duration in days (hours count as a fraction rounded up to a day, marked negative so they only match hours). */
    private static int days(String number, String unit) {
        int n;
        switch (number) {
            case "een", "one", "a", "ein", "eine", "einen", "einem", "einer", "un", "une" -> n = 1;
            case "twee", "two", "zwei", "deux" -> n = 2;
            case "drie", "three", "drei", "trois" -> n = 3;
            case "vier", "four", "quatre" -> n = 4;
            case "vijf", "five", "funf", "cinq" -> n = 5;
            case "zes", "six", "sechs" -> n = 6;
            default -> n = number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : 0;
        }
        if (unit.startsWith("uur") || unit.startsWith("hour") || unit.startsWith("stunde") || unit.startsWith("heure")) {
            return n % 24 == 0 ? n / 24 : -n;
        }
        if (unit.startsWith("week") || unit.startsWith("woche") || unit.startsWith("semaine") || unit.equals("weken")) {
            return n * 7;
        }
        if (unit.startsWith("maand") || unit.startsWith("month") || unit.startsWith("monat") || unit.equals("mois")) {
            return n * 30;
        }
        if (unit.startsWith("jaar") || unit.startsWith("year") || unit.startsWith("jahr") || unit.startsWith("an")) {
            return n * 360;
        }
        return n;
    }

    /** Every cue name of {@code kind}: the features of its model. */
    static List<String> names(CueHit.Kind kind) {
        List<String> names = new ArrayList<>(AnswerCues.names(kind));
        if (kind == CueHit.Kind.MANIPULATION) {
            names.addAll(List.of("unsourced-price", "unsourced-promise", "unsourced-limit"));
            names.addAll(ManipulationPhrases.names());
        }
        return names;
    }
}
