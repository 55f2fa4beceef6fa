package nl.helder.guard.signals;

/**
 * Eligibility for benefits or an essential service, a high-risk matter the label names: "heb ik nog recht op
 * huurtoeslag?", "can I still keep the grant?", "kann ich das Stipendium behalten?", "ai-je droit aux allocations ?".
 * Added in round twenty-five of issue 14 and narrowed by an independent review against a shop's perks, a plan's features,
 * a status ("met pensioen"), interest ("rente op") and discounts. Part of {@link HighRiskTopics}.
 */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * Public and social support, and support to keep an essential service, folded: benefits, allowances, grants,
     * pensions, social tariffs and waivers of local taxes (not a shop's discount or a loyalty reward, which are prices).
     * Words that fold into another meaning are left out ("Förderung" folds into "Forderung", a claim; "aide" is any help).
     */
    static final java.util.Set<String> SUPPORT = java.util.Set.of(
            "uitkering", "uitkeringen", "toeslag", "toeslagen", "zorgtoeslag", "huurtoeslag", "kinderopvangtoeslag", "kindgebonden",
            "kinderbijslag", "groeipakket", "bijstand", "studiebeurs", "studiefinanciering", "stufi", "subsidie",
            "tegemoetkoming", "kwijtschelding", "energietoeslag", "aow", "wajong", "pensioen", "leefloon",
            "benefit", "benefits", "grant", "grants", "subsidy", "subsidies", "bursary", "scholarship",
            "pension", "concession", "concessions", "waiver",
            "leistungen", "sozialleistungen", "zuschuss", "zuschusse", "stipendium", "beihilfe", "bafog", "wohngeld", "kindergeld",
            "elterngeld", "pflegegeld", "sozialtarif", "rente", "grundsicherung", "arbeitslosengeld", "krankengeld", "sozialhilfe",
            "allocation", "allocations", "aides", "subvention", "subventions", "prestation", "prestations",
            "apl", "caf", "exoneration");
    /** A shop's perks, not support: "member benefits", "loyalty allowance", "ledenvoordeel" is one word already. */
    private static final java.util.Set<String> PERKS = java.util.Set.of("member", "members", "membership", "loyalty", "club", "premium",
            "gold", "vip", "customer", "subscriber", "klant", "klanten", "leden", "mitglieder", "kunden", "fidelite", "adherent");
    /**
     * The same in more than one word; "allowance" and a grant called "beurs" or "bourse" only so (a data allowance, a
     * trade fair, the stock exchange are not support).
     */
    static final Phrases SUPPORT_PHRASES = Phrases.of("sociaal tarief|social tariff|tarif social|reduced fare|reduced fares"
            + "|attendance allowance|carer s allowance|carers allowance|jobseeker s allowance|jobseekers allowance|housing allowance"
            + "|disability allowance|winter fuel allowance|child allowance|maintenance allowance"
            + "|aanvullende beurs|bourse d etudes|bourses d etudes|bourse sur criteres sociaux|bourse etudiante");
    /** "met pensioen", "in Rente", "demi-pension": a status or half board, not support asked for. */
    private static final java.util.Set<String> PENSION = java.util.Set.of("pensioen", "pension", "rente");
    private static final java.util.Set<String> STATUS_BEFORE = java.util.Set.of("met", "in", "demi", "half", "full", "en");
    /** Words whose bare form is as often a plan's features ("the benefits of Prime", "les prestations de l'offre"). */
    private static final java.util.Set<String> GENERIC_SUPPORT = java.util.Set.of("benefit", "benefits", "leistungen", "prestation", "prestations");
    private static final java.util.Set<String> PRODUCT = java.util.Set.of("plan", "tariff", "tarif", "offre", "forfait", "abonnement",
            "bundle", "package", "subscription", "contract", "prime", "paket", "vertrag", "contrat", "bundel");
    /** A price asked about: the entitlement is to the discount, and a support word beside it only the customer's status. */
    private static final java.util.Set<String> PRICE = java.util.Set.of("korting", "seniorenkorting", "studentenkorting", "ouderenkorting",
            "discount", "discounts", "rabatt", "seniorenrabatt", "studentenrabatt", "reduction", "reductions", "remise", "remises",
            "bonus", "promo", "ermassigung");

    /**
     * Asking whether one is (still) eligible, folded: "recht op", "in aanmerking", "eligible", "entitled", "Anspruch",
     * "droit à"; keeping or losing it ("behoud ik", "still keep", "behalten", "garder", "lose my", "verlieren", "perdre";
     * in English only with what is kept or lost, not "keep in mind").
     */
    private static final Phrases ELIGIBLE = Phrases.of("recht op|in aanmerking|aanspraak|rechthebbende|behoud|behouden|houden|verlies"
            + "|verliezen|kwijtraken|kwijtraak|raak ik|raken we|raak je"
            + "|eligible|eligibility|entitled|entitlement|qualify|qualifies|still keep|keep my|keep the|keep our|keep getting"
            + "|keep receiving|still get|still receive|lose my|lose the|lose our|losing my|losing the|losing our"
            + "|anspruch|anspruchsberechtigt|berechtigt|zusteht|zustehen|behalten|verliere|verlieren"
            + "|droit a|droit au|droit aux|droits|eligibilite|beneficier|garder|perdre|perds|conserver");

    /**
     * Eligibility for benefits or an essential service, one of the matters the brief names and no rule before round
     * twenty-five looked for: an eligibility word in the same sentence as a word of public or social support, within
     * six words ("heb ik nog recht op een aanvullende beurs?", "can I still keep the grant if I go part time?", "kann
     * ich das Stipendium behalten?", "ai-je droit aux allocations ?"). A question asked in general stays out (above).
     */
    static boolean asked(TaggedMessage m, WordRoles roles) {
        if (!roles.any(WordRoles.SUPPORT)) {
            return false;
        }
        for (int i = 0; i < m.size(); i++) {
            if (roles.at(i, WordRoles.SUPPORT) && (supportWord(m, i) || SUPPORT_PHRASES.beginsAt(m, i))
                    && ELIGIBLE.beginsInSentence(m, i - 6, i + 6, i)
                    && !m.anyInSentence(PRICE, i - 6, i + 6, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word of {@link #SUPPORT} that means support here: not a perk ("member benefits"), a status ("met pensioen", "in
     * Rente", "demi-pension"), Dutch interest ("rente op mijn spaarrekening"), or a plan's features ("the benefits of
     * the plan", "keep my benefits if I change my subscription").
     */
    private static boolean supportWord(TaggedMessage m, int i) {
        String word = m.word(i);
        if (!SUPPORT.contains(word)) {
            return false;
        }
        String before = i == 0 ? "" : m.word(i - 1);
        String after = i + 1 < m.size() ? m.word(i + 1) : "";
        if (PERKS.contains(before) || PENSION.contains(word) && STATUS_BEFORE.contains(before)
                || word.equals("rente") && (after.equals("op") || after.equals("van") || after.equals("over"))) {
            return false;
        }
        return !GENERIC_SUPPORT.contains(word)
                || !(after.equals("of") || after.equals("des") || after.equals("de")) && !m.anyInSentence(PRODUCT, i - 12, i + 12, i);
    }
}
