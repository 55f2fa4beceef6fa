package nl.helder.guard.signals;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether a message raises a matter the assistant must not decide: payment trouble, named or described by its
 * cause ("lost my job", "can't keep up", deferral, spreading the bill, credit); an insurance claim, an incident or
 * damage to be reported or compensated; a legal step; a job or internship application; a threatened disconnection
 * of energy, water or the line; a death in any words; dependence on medical care or equipment; a crisis or threat.
 */
final class HighRiskTopics {

    private HighRiskTopics() {
    }

    static boolean isHighRisk(TaggedMessage m) {
        // A denial of money trouble counts anywhere in the message ("Ik zag op tv dat klanten met schulden geholpen worden.
        // Ik heb zelf geen achterstand."); one of an incident or health matter only in its own sentence (below).
        if (m.hasUnnegated(MONEY_TROUBLE, 2) && !NO_MONEY_TROUBLE.in(m) || cannotPay(m)) {
            return true;
        }
        if (m.has(CRISIS) || Despair.told(m) || waterOnElectricity(m) || m.has(INCIDENT) && anyUndenied(m, INCIDENT, ALL_WELL)
                || m.has(HEALTH) && !onlyAccessibility(m) && anyUndenied(m, HEALTH, ALL_WELL)) {
            return true;
        }
        if (m.has(LEGAL) || !m.hasUnnegated(RESOLVED, 3) && (m.near(DISCONNECT, UTILITY, 5) || m.near(DISCONNECT, THREAT, 5))
                || died(m)) {
            return true;
        }
        WordRoles roles = WordRoles.of(m);
        if (Bereavement.told(m, roles) || Eviction.told(m, roles)) {
            return true;
        }
        // "how long does a damage claim take, in general? It's for a school project": a question about a procedure,
        // not a matter of the customer's own. Only for claims, damage and applications; for money trouble, incidents
        // and health only an outright denial counts (NO_MONEY_TROUBLE, ALL_WELL, above); never for danger, legal steps,
        // disconnection or a death. Asked last, so the phrase scan runs only for the few messages that would otherwise count.
        return (claimOrApplication(m) || Eligibility.asked(m, roles)) && !IN_GENERAL.in(m);
    }

    /**
     * Beginnings of the words for a disability that asks for another way of contact or of travel, not for a person to
     * decide: deaf, blind, a wheelchair, a carer ("I'm deaf, please e-mail", "can my carer speak for me", "the ramp for my
     * wheelchair"). Dependence on care or equipment, or a serious illness, is a high-risk matter; these alone are not.
     */
    private static final String[] ACCESSIBILITY = {"deaf", "doof", "dove", "slechthorend", "gehorlos", "schwerhorig", "sourd",
            "malentendant", "blind", "slechtziend", "sehbehindert", "aveugle", "malvoyant", "rolstoel", "wheelchair", "rollstuhl",
            "fauteuil", "carer", "mantelzorg", "handicap", "gehandicapt", "behindert", "behinderung", "schwerbehindert", "disabled"};
    /**
     * "relies on", "is aangewezen op", "ist angewiesen auf", "dépend de", "hulpbehoevend", "bettlägerig": a disability
     * with dependence is one of care.
     */
    private static final java.util.Set<String> DEPENDENCE = java.util.Set.of("rely", "relies", "relying", "dependent", "depends",
            "afhankelijk", "aangewezen", "angewiesen", "abhangig", "depend", "dependant", "dependante", "hulpbehoevend",
            "zorgbehoevend", "bedlegerig", "bettlagerig", "pflegebedurftig", "grabataire", "bedridden", "housebound");

    /** "rolstoelafhankelijk", "rollstuhlabhängig": dependence said inside the compound. */
    private static boolean dependentCompound(String word) {
        return word.contains("afhankelijk") || word.contains("abhangig") || word.contains("angewiesen") || word.contains("dependent");
    }

    /**
     * Whether every health word of the message names a disability of {@link #ACCESSIBILITY}, with no dependence said
     * and no energy, water or line in it ("ik ben gehandicapt en de stroom valt steeds uit" is about supply).
     */
    private static boolean onlyAccessibility(TaggedMessage m) {
        if (m.has(UTILITY) || m.has(DISCONNECT)) {
            return false;
        }
        for (int i = 0; i < m.size(); i++) {
            String word = m.word(i);
            if (DEPENDENCE.contains(word)) {
                return false;
            }
            if (m.is(i, HEALTH) && (java.util.Arrays.stream(ACCESSIBILITY).noneMatch(word::startsWith) || dependentCompound(word))) {
                return false;
            }
        }
        return true;
    }

    /** An insurance claim, damage to be reported or compensated, or a job application. */
    private static boolean claimOrApplication(TaggedMessage m) {
        if (m.hasUnnegated(INSURANCE_CLAIM, 2)) {
            return true;
        }
        if (m.has(DAMAGE) && (m.has(REPORT) || m.has(INSURANCE) || m.has(COMPENSATION))
                || m.has(INSURANCE) && (m.has(REPORT) || m.has(DAMAGE) || m.has(INCIDENT))
                || m.has(COMPENSATION) && (m.has(FAILURE) || m.has(DAMAGE_BY))) {
            return true;
        }
        return m.has(JOB) || m.near(APPLY, JOB_WORD, 6) || appliedInGerman(m);
    }

    private static final java.util.Set<String> MICH = java.util.Set.of("mich");

    /** "ich habe mich als Lagerist beworben" (not "der Tarif wurde beworben": advertised). */
    private static boolean appliedInGerman(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.word(i).equals("beworben") && m.anyInSentence(MICH, i - 6, i - 1, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that say a question is asked in general, for study or out of curiosity, in four languages; each a
     * phrase of folded words. Not the fillers "just asking", "ik wil het alleen weten", "juste savoir", "allgemein",
     * nor a vague "ben benieuwd": "I just want to know when my claim is paid", "ik ben benieuwd hoe het met mijn
     * schadeclaim staat" are the customer's own claim.
     */
    private static final Phrases IN_GENERAL = Phrases.of("in het algemeen|algemene vraag|gewoon benieuwd|uit nieuwsgierigheid"
            + "|voor een werkstuk|voor school|voor mijn studie|hypothetisch"
            + "|in general|generally speaking|just curious|out of curiosity|for a school project|for an assignment"
            + "|for my studies|hypothetically"
            + "|im allgemeinen|ganz allgemein|aus neugier|reine neugier|fur eine hausarbeit|fur die schule|fur mein studium"
            + "|interessehalber"
            + "|par curiosite|simple curiosite|pour un cours|pour un expose|pour l ecole|hypothetiquement"
            + "|a titre d information|a titre informatif"
            // round nine: saying outright that nothing is at stake yet ("ik heb niks te melden, ben alleen aan het vergelijken",
            // "not an application, just wondering", "je n'ai rien à déclarer"); still not "just asking" or "ik wil het weten"
            + "|ter orientatie|gewoon orienteren|vroeg me het alleen af|alleen aan het vergelijken"
            + "|niks te melden|niets te melden|geen schade|geen sollicitatie|nog niet gesolliciteerd|nog niet aan het solliciteren"
            + "|just wondering|for future reference|just comparing|nothing to report|no damage|not an application"
            + "|haven t applied|not applying|not an actual"
            + "|vergleiche nur|nichts zu melden|kein schaden|keine bewerbung|noch nicht beworben"
            + "|je compare|rien a declarer|rien a signaler|pas de degats|pas une candidature|pas d une candidature"
            + "|pas encore postule|pas encore de dossier");

    /**
     * Whether some word of {@code concept} stands in a sentence in which the customer does not say outright that all is
     * well ({@code denials}): "Mijn zoon had een ongeluk, maar het gaat alweer goed" takes away the incident of its own
     * sentence only, so "Het gaat alweer goed met hem. Mijn vader is wel afhankelijk van zuurstof" still counts. One pass.
     */
    private static boolean anyUndenied(TaggedMessage m, Concept concept, Phrases denials) {
        boolean[] denied = denials.sentencesWith(m);
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, concept) && !denied[m.sentenceOf(i)]) {
                return true;
            }
        }
        return false;
    }

    /** Saying outright that there is no money trouble: "ik heb zelf geen achterstand", "not a money problem". */
    private static final Phrases NO_MONEY_TROUBLE = Phrases.of("geen achterstand|geen geldprobleem|geen geldproblemen"
            + "|kan alles betalen|not a money problem|no money problem|no money problems|no arrears|kein ruckstand"
            + "|nicht im ruckstand|kein geldproblem|keine geldprobleme|pas de souci d argent|pas de probleme d argent");

    /**
     * Saying outright that all is well now: "het gaat alweer goed met hem", "aktuell ist alles in Ordnung", "pour l'instant
     * tout va bien". An incident or a health matter in that sentence then is background, not a matter of now (never a
     * crisis). Not a greeting ("j'espère que tout va bien") or "nothing wrong with the meter".
     */
    private static final Phrases ALL_WELL = Phrases.of("niks aan de hand|niets aan de hand|gaat alweer goed|gaat weer goed"
            + "|momenteel is alles in orde|op dit moment is alles in orde|all fine for now|everything is fine for now"
            + "|aktuell ist alles in ordnung|derzeit ist alles in ordnung|geht wieder gut|rien de grave|ca va mieux|pour l instant tout va bien");

    /** "kan het niet betalen", "can't pay", "je ne peux pas payer": a payment with inability or a negated modal before it. */
    private static boolean cannotPay(TaggedMessage m) {
        if (!m.has(PAY)) {
            return false;
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, PAY) && (m.anyWithin(INABILITY, i - 5, i + 2, i)
                    || m.negationNear(i, 5, -1) && m.anyWithin(MODAL, i - 6, i - 1, i))) {
                return true;
            }
        }
        return false;
    }

    /** A leak: water that is where it should not be (not "chauffe-eau", not "water en stroom"). */
    private static final java.util.Set<String> LEAK = java.util.Set.of("lekkage", "lek", "lekt", "leak", "leaking", "leaks", "fuite",
            "fuites", "waterschade", "wasserschaden");
    private static final java.util.Set<String> WATER_WORD = java.util.Set.of("water", "wasser", "eau");
    /** Water coming in: "het water druipt", "water pouring through", "Wasser tropft", "l'eau coule". */
    private static final java.util.Set<String> COMING_IN = java.util.Set.of("loopt", "druipt", "drupt", "stroomt", "coming", "pouring",
            "dripping", "leaking", "tropft", "dringt", "coule", "goutte",
            // spraying out (round twelve: "er spuit water uit de meterkast" was answered, not handed over)
            "spuit", "gutst", "spraying", "gushing", "spritzt", "jaillit", "gicle");
    /** Where electricity is: sockets, lights, the meter or fuse cupboard (things, not the adjective "electric"). */
    private static final java.util.Set<String> ELECTRIC = java.util.Set.of("stopcontact", "stopcontacten", "socket", "sockets", "lamp",
            "plafondlamp", "plafonnier", "luminaire", "fitting", "meterkast", "groepenkast", "zekering", "zekeringen", "fuse", "fusebox",
            "wiring", "steckdose", "steckdosen", "lampe", "leuchte", "deckenleuchte", "sicherung", "sicherungskasten", "prises",
            "disjoncteur");

    /**
     * Water where electricity is ("er is een lekkage bij de meterkast", "water coming through the sockets", "Es tropft Wasser
     * aus der Deckenleuchte"): a danger. A leak, or "water" with a verb of coming in, within six words of a thing of
     * electricity.
     */
    private static boolean waterOnElectricity(TaggedMessage m) {
        if (!m.has(UTILITY) && !m.has(DAMAGE)) {
            return false; // every word of LEAK is damage and every word of WATER_WORD a utility: most messages stop here
        }
        for (int i = 0; i < m.size(); i++) {
            boolean water = LEAK.contains(m.word(i)) || WATER_WORD.contains(m.word(i)) && m.anyWithin(COMING_IN, i - 3, i + 4, i);
            if (water && m.anyWithin(ELECTRIC, i - 6, i + 6, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A death word, unless what died is a plant, a device or a line, named before it in its sentence ("de plant is
     * overleden", "le wifi est mort"; not "mijn moeder is overleden, internet opzeggen graag"), or it names an insurance.
     */
    private static boolean died(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            // not a product: "assurance décès", "death insurance", "overlijdensrisicoverzekering"
            if (m.is(i, DEATH) && !m.anyInSentence(NOT_A_PERSON, i - 4, i - 1, i) && !m.is(i, INSURANCE) && !m.anyWithin(INSURANCE, i - 1, i + 1, i)) {
                return true;
            }
        }
        return false;
    }
}
