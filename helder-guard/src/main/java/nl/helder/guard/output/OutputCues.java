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

    /** Every cue name of {@code kind}: the features of its model. */
    static List<String> names(CueHit.Kind kind) {
        List<String> names = new ArrayList<>(AnswerCues.names(kind));
        if (kind == CueHit.Kind.MANIPULATION) {
            names.addAll(List.of("unsourced-price", "unsourced-promise"));
            names.addAll(ManipulationPhrases.names());
        }
        return names;
    }
}
