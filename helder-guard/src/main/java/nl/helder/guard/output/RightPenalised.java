package nl.helder.guard.output;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer that grants a right and then sets something against using it (round twenty-nine of issue 14): a mark on
 * the customer's record ("Beschwerden werden in Ihrer Kundenakte vermerkt und können sich auf künftige
 * Kulanzentscheidungen auswirken"), a lower priority ("een klacht die kort na een eerdere melding binnenkomt, krijgt een
 * lagere prioriteit"), a pile of papers asked first ("kosteloos opzeggen kan, maar dan hebben we eerst een uittreksel én een
 * verklaring nodig"), or a steer to the easier way ("Viele zahlen deshalb lieber gleich den vollen Betrag", "het is vaak
 * makkelijker om gewoon een ander abonnement te nemen"). The right stays formally open; using it is made to feel
 * costly: the obstruction and the threats "the sources do not carry" of the label definition.
 * <p>
 * A sentence needs a right (in it or in the sentence before: {@link TermsAgainstSource#RIGHT} and
 * {@link RightsDiscouraged#MORE_RIGHTS}) and one of those weights, which the sources do not name themselves. What a
 * right plainly costs or ends ("your unused data expires", "je betaalt nog tot en met juli") is the terms check's
 * business, judged against the sources there, and is not read here.
 * <p>
 * Linear in the answer: a few bounded patterns per sentence.
 */
final class RightPenalised {

    /** A weight set against using the right: the record, a lower priority, later goodwill, the easier way. */
    private static final Pattern WEIGHT = Pattern.compile("\\b(?:"
            + "lagere prioriteit|minder prioriteit|achteraan (?:in de rij|aansluiten)|toekomstige (?:\\w+ )?(?:coulance|verzoeken|claims|aanvragen)|"
            + "(?:de meeste|veel) (?:klanten|mensen) (?:\\w+ ){0,3}?liever|"
            + "misschien wil (?:je|u) (?:\\w+ ){0,3}?(?:wachten|afwachten)|"
            + "flagged (?:in|on) (?:our|the) system|lower priority|deprioriti\\w*|"
            + "future (?:\\w+ )?(?:claims|requests|goodwill|applications)|"
            + "most (?:customers|people) (?:\\w+ ){0,3}?(?:prefer|rather|choose)|maybe (?:\\w+ ){0,2}?(?:wait|hold off)|"
            + "(?:geringere|niedrigere) prioritat|"
            + "kunftige (?:\\w+ )?(?:kulanz\\w*|antrage|anfragen)|"
            + "(?:viele|die meisten) (?:\\w+ ){0,3}?lieber|warten sie (?:\\w+ )?(?:lieber|vielleicht)|"
            + "moins prioritaire|priorite (?:plus )?(?:basse|faible)|"
            + "futur\\w* (?:\\w+ )?(?:demandes|gestes|reclamations)|"
            + "la plupart (?:\\w+ ){0,3}?prefer\\w*|(?:beaucoup|nombreux) (?:\\w+ ){0,3}?prefer\\w*|attendez (?:\\w+ )?(?:peut-etre|plutot)"
            + ")\\b");

    /**
     * The customer's record with a consequence for later: "in Ihrer Kundenakte vermerkt … auf künftige Entscheidungen
     * auswirken", "goes on your file and affects future claims". A note on the file alone is service ("J'ai ajouté une
     * note à votre dossier : un conseiller vous rappellera").
     */
    /**
     * The easier way, when it leads elsewhere: "het is vaak makkelijker om gewoon een ander abonnement te nemen". A tip
     * on the quicker channel for the same right ("cancelling online is usually quicker than calling") is help.
     */
    private static final Pattern EASIER = Pattern.compile("\\b(?:(?:vaak|meestal|veel) (?:\\w+ )?(?:makkelijker|handiger|eenvoudiger|slimmer)|"
            + "(?:often|usually|much) (?:\\w+ )?(?:easier|simpler|smarter)|(?:oft|meist) (?:\\w+ )?(?:einfacher|bequemer)|"
            + "(?:souvent|generalement) (?:\\w+ )?(?:plus simple|plus facile))\\b");
    private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:ander\\w*|another|other|different|instead|in plaats|andere\\w*|stattdessen|"
            + "autre\\w*|plutot|tegoed\\w*|voucher|gutschein|bon d'achat|avoir|upgrade|houden|keep|behalten|garder)\\b");

    /** Papers asked for: a verb of needing, asking or sending in, beside them ("we need", "bitte reichen Sie … ein"). */
    private static final Pattern NEED = Pattern.compile("\\b(?:nodig|vragen (?:we|wij)|vereist|aanleveren|insturen|opsturen|moet(?:en)? (?:je|u)|"
            + "need|require\\w*|must|provide|submit|send us|upload|brauchen|benotigen|erforderlich|voraus|vorlegen|einreichen|"
            + "mussen sie|besoin|exig\\w*|fournir|devez|il (?:nous )?faut)\\b");

    private static final Pattern RECORD = Pattern.compile("\\b(?:\\w*dossier\\w*|profiel|file|record|history|\\w*akte|profil|fichier)\\b");
    private static final Pattern LATER = Pattern.compile("\\b(?:gevolgen|invloed|consequen\\w*|affect\\w*|impact\\w*|"
            + "auswirk\\w*|folgen|incidence|repercussion\\w*|nadelig\\w*|negativ\\w*)\\b");

    /** Papers and checks asked for before the right; two or more in one sentence make a hurdle. */
    private static final Pattern PAPER = Pattern.compile("\\b(?:"
            // Dutch and German papers come in compounds ("inkomensverklaring", "Einkommensnachweis", "Kontoauszüge").
            + "\\w*(?:uittreksel|verklaring|bewijs|kopie|loonstrook|toetsing|nachweis|bescheinigung|prufung|begrundung|auszug|auszuge|gutachten)\\w*|"
            + "proof|statement|certificate|evidence|payslips?|credit check|"
            + "justificati\\w*|attestation\\w*|certificat\\w*|preuve\\w*|extrait\\w*|bulletins?"
            + ")\\b");

    private RightPenalised() {
    }

    /** The first of {@code sentences} that sets a weight against a right the sources do not set themselves. */
    static Optional<String> find(AnswerSentences sentences, SourceSupport sources) {
        boolean rightBefore = false;
        for (int i = 0; i < sentences.size(); i++) {
            String folded = sentences.folded(i);
            boolean right = sentences.namesRight(i);
            if (right || rightBefore) {
                Matcher weight = WEIGHT.matcher(folded);
                if (weight.find() && !sources.names(lastWord(weight.group()))) {
                    return Optional.of(sentences.sentence(i));
                }
                Matcher record = RECORD.matcher(folded);
                if (record.find() && LATER.matcher(folded).find() && !sources.names(record.group())) {
                    return Optional.of(sentences.sentence(i));
                }
                if (EASIER.matcher(folded).find() && ELSEWHERE.matcher(folded).find()) {
                    return Optional.of(sentences.sentence(i));
                }
                if (papersAsked(folded, sources)) {
                    return Optional.of(sentences.sentence(i));
                }
            }
            rightBefore = right;
        }
        return Optional.empty();
    }

    /** Two or more papers or checks in the sentence, none of which the sources ask for. */
    private static boolean papersAsked(String folded, SourceSupport sources) {
        if (!NEED.matcher(folded).find()) {
            return false; // papers sent to the customer ("we emailed you a statement and proof of payment") ask nothing
        }
        Matcher paper = PAPER.matcher(folded);
        int count = 0;
        while (paper.find()) {
            if (sources.names(paper.group())) {
                return false;
            }
            count++;
        }
        return count >= 2;
    }

    private static String lastWord(String match) {
        return match.substring(match.lastIndexOf(' ') + 1);
    }
}
