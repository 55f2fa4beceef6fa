package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import nl.helder.guard.SignalDetector;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises what a customer message says about the conversation, in Dutch, English, German and French:
 * a request for a person ({@link Signal#HUMAN_REQUEST}), a complaint or dispute ({@link Signal#COMPLAINT}),
 * a matter the assistant must not decide ({@link Signal#HIGH_RISK_TOPIC}: credit and payment trouble,
 * insurance claims, job applications, disconnection of essential services, bereavement, crisis, emergency)
 * and frustration ({@link Signal#FRUSTRATION}).
 *
 * <p>A person word alone is not a request: "de medewerker was onvriendelijk" is a complaint. It counts with a
 * contact verb nearby ("ik wil een medewerker spreken"), right after a wish with only articles, pronouns or
 * "real"-words between ("mag ik een mens", "get me a human"), right before a please ("medewerker aub"), after
 * "is er"/"is there", or as (nearly) the whole message ("mens", "operator"). Misspelt person words one edit
 * away count ("medewerkr", "humna"). Runs in time linear in the message (bounded windows, at most
 * {@value Words#MAX_TOKENS} words). Stateless and thread-safe.
 */
public final class ConversationSignals implements SignalDetector {

    private static final Set<String> PERSON = Words.set("""
            medewerker medewerkster mens persoon collega klantenservice klantenservicemedewerker operator
            human person agent representative rep staff manager humans
            mitarbeiter mitarbeiterin mensch menschen person berater beraterin kundenberater kundenservice kundendienst
            conseiller conseillere humain personne operateur interlocuteur""");
    /** "Someone" words: a request only with a contact verb ("kan iemand mij bellen"), never after a wish alone. */
    private static final Set<String> SOMEONE = Words.set("iemand someone somebody jemand quelqu");
    private static final Set<String> CONTACT = Words.set("""
            spreken spreek praten praat bellen bel terugbellen doorverbinden verbind verbinden contact chatten chat lijn
            telefoon helpen talk speak call connect transfer reach chat help sprechen reden anrufen helfen
            parler joindre passer relation appeler aider""");
    private static final Set<String> WISH = Words.set("""
            wil wilt willen graag liever geef want need like prefer get give bitte mochte will veux voudrais souhaite""");
    /** Modals count as a wish only with the customer as subject: "kan ik een mens", not "kan een medewerker ...". */
    private static final Set<String> MODALS = Words.set("mag kan kun kunt could can may kann puis pouvez");
    private static final Set<String> FIRST_PERSON = Words.set("ik i ich je");
    /** Asking to be put through needs no person word: "kunt u mij doorverbinden", "transfer me". */
    private static final Words.Phrases TRANSFER = Words.phrases("""
            doorverbinden|verbind me door|verbindt u mij door|transfer me|put me through|connect me|
            verbinden sie mich|verbinde mich|passer quelqu un|mettez moi en relation""");
    private static final Set<String> BETWEEN = Words.set("""
            ik me mij je u een de het echte echt levend levende met maar even nu
            i me a an the real live actual to with just
            ich mir mich einen einem ein eine echten echte mit
            moi je un une le la vraie vrai avec a""");
    private static final Set<String> PLEASE = Words.set("aub alsjeblieft alstublieft graag please pls plz bitte svp plait");
    private static final Words.Phrases EXISTENTIAL = Words.phrases("is er|is there|are there|gibt es|y a t il|il y a");
    private static final Set<String> BOTS = Words.set("bot robot chatbot machine computer");
    private static final Set<String> NEGATIONS = Words.set("niet geen not no dont nicht kein keinen pas");

    private static final Set<String> COMPLAINT_WORDS = Words.set("""
            klacht klachten klagen ingebrekestelling geschillencommissie advocaat terugboeken terugboeking storneren
            chargeback ontevreden onacceptabel schandalig onbeschoft onvriendelijk
            complaint complain lawyer sue ombudsman dissatisfied unacceptable rude
            beschweren beschwerde anwalt unhoflich reclamation plainte avocat impoli inacceptable""");
    private static final Words.Phrases COMPLAINT_PHRASES = Words.phrases(
            "in gebreke|juridische stappen|legal action|rechtliche schritte|porter plainte");

    private static final Set<String> SWEARING = Words.set("""
            kut klote godverdomme verdomme tering shit fuck fucking wtf damn mist scheisse merde putain""");
    private static final Set<String> USELESS = Words.set("""
            waardeloos waardeloze nutteloos nutteloze useless stupid ridiculous pathetic nutzlos nutzloser lacherlich""");
    private static final Words.Phrases NOT_UNDERSTOOD = Words.phrases("""
            begrijpt me niet|begrijp je het niet|snapt het niet|snapt het echt niet|snapt er|snap je het niet|
            slaat nergens op|derde keer|
            don t understand|do not understand|not listening|even listening|third time|
            verstehst mich nicht|verstehen mich nicht|comprends rien|comprends pas|comprenez pas|sert a rien""");
    private static final Set<String> POSITIVE = Words.set("""
            mooi mooie blij top super geweldig prima bedankt dank great fast wow thanks love amazing happy gut danke merci""");

    private static final Set<String> MONEY_TROUBLE = Words.set("""
            betalingsregeling afbetalen schuld schulden achterstand betalingsachterstand deurwaarder incasso incassobureau
            bkr lening uitkering debt debts bailiff loan instalments installments
            ratenzahlung schulden inkasso gerichtsvollzieher echeancier dette dettes huissier pret""");
    private static final Set<String> MONEY_PREFIXES = Words.set("schuldhulp schuldsaner incasso");
    private static final Words.Phrases MONEY_PHRASES = Words.phrases("""
            op krediet|krediet aanvragen|payment plan|debt collector|credit check|on credit|delai de paiement|
            in termijnen afbetalen|in termijnen betalen|pay in instalments""");
    private static final Set<String> PAY = Words.set("betalen afbetalen pay zahlen payer");
    private static final Set<String> CANNOT = Words.set("niet cannot cant unable nicht pas");
    private static final Set<String> CLAIM_WORDS = Words.set("schadeclaim verzekeringsclaim versicherungsfall sinistre");
    private static final Words.Phrases CLAIM_PHRASES = Words.phrases("insurance claim|claim indienen|claim bij");
    private static final Set<String> JOB_WORDS = Words.set("sollicitatie solliciteren sollicitant bewerben bewerbung postuler candidature");
    private static final Set<String> APPLY = Words.set("apply applied applying application");
    private static final Set<String> JOB = Words.set("job position vacancy role");
    private static final Set<String> CUT_OFF = Words.set("""
            afsluiten afgesloten sluiten afsluiting cut disconnected disconnect abgestellt abstellen gesperrt sperren
            coupure couper coupe""");
    private static final Set<String> UTILITIES = Words.set("""
            stroom gas water energie elektriciteit electricity power energy strom wasser electricite gaz eau""");
    private static final Set<String> DIED = Words.set("overleden overlijden gestorven died passed verstorben gestorben decede decedee");
    private static final Set<String> RELATIVES = Words.set("""
            man vrouw moeder vader partner kind zoon dochter opa oma broer zus echtgenoot echtgenote
            husband wife mother father mom mum dad son daughter child brother sister grandmother grandfather
            mann frau mutter vater sohn tochter kind bruder schwester mari femme mere pere fils fille frere soeur""");
    private static final Set<String> CRISIS = Words.set("""
            zelfmoord suicide noodgeval ambulance 112 onwel emergency collapsed selbstmord notfall urgence""");
    private static final Words.Phrases CRISIS_PHRASES = Words.phrases("""
            eind aan maken|zie het niet meer zitten|end my life|kill myself|mir das leben nehmen|en finir""");

    @Override
    public Set<Signal> detect(String text) {
        Words words = Words.of(text);
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        if (asksForPerson(words)) {
            signals.add(Signal.HUMAN_REQUEST);
        }
        if (words.containsAny(COMPLAINT_WORDS) || words.containsPhrase(COMPLAINT_PHRASES)) {
            signals.add(Signal.COMPLAINT);
        }
        if (isHighRisk(words)) {
            signals.add(Signal.HIGH_RISK_TOPIC);
        }
        if (isFrustrated(text, words)) {
            signals.add(Signal.FRUSTRATION);
        }
        return signals;
    }

    private static boolean asksForPerson(Words words) {
        int content = 0;
        boolean anyPerson = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean person = isPerson(word);
            boolean someone = SOMEONE.contains(word);
            anyPerson |= person;
            if (!PLEASE.contains(word) && !BETWEEN.contains(word)) {
                content++;
            }
            if ((person || someone) && contactNear(words, i)) {
                return true;
            }
            if (person && (wishBefore(words, i) || pleaseAfter(words, i) || existentialBefore(words, i))) {
                return true;
            }
        }
        if (anyPerson && content <= 2 || words.containsPhrase(TRANSFER)) {
            return true;
        }
        // "ik wil niet met een robot praten"
        return words.containsAny(BOTS) && words.containsAny(NEGATIONS) && (words.containsAny(CONTACT) || words.containsAny(WISH));
    }

    /**
     * Person words of five letters or more by first letter, for the misspelling check. A word is compared with
     * those under its own first and second letter, which keeps typos at the first letter ("ehdewerker",
     * "edewerker") in reach while skipping the rest.
     */
    private static final Map<Character, List<String>> PERSON_BY_FIRST = PERSON.stream().filter(p -> p.length() >= 5)
            .collect(Collectors.groupingBy(p -> p.charAt(0)));

    private static boolean isPerson(String word) {
        if (PERSON.contains(word)) {
            return true;
        }
        if (word.length() < 5) {
            return false;
        }
        return nearMisspelling(word, word.charAt(0)) || nearMisspelling(word, word.charAt(1));
    }

    private static boolean nearMisspelling(String word, char first) {
        for (String person : PERSON_BY_FIRST.getOrDefault(first, List.of())) {
            if (Words.withinOneEdit(word, person)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contactNear(Words words, int at) {
        for (int j = Math.max(0, at - 6); j <= Math.min(words.size() - 1, at + 6); j++) {
            if (j != at && CONTACT.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wishBefore(Words words, int at) {
        boolean firstPerson = false;
        for (int j = at - 1; j >= 0 && j >= at - 4; j--) {
            String word = words.get(j);
            if (WISH.contains(word) || PLEASE.contains(word) || MODALS.contains(word) && firstPerson) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
            firstPerson |= FIRST_PERSON.contains(word);
        }
        return false;
    }

    private static boolean pleaseAfter(Words words, int at) {
        for (int j = at + 1; j < words.size() && j <= at + 4; j++) {
            if (PLEASE.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** "is er (ook) een mens", "is there a real person": an existential phrase shortly before the person word. */
    private static boolean existentialBefore(Words words, int at) {
        for (int start = Math.max(0, at - 7); start < at; start++) {
            if (words.phraseAt(EXISTENTIAL, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHighRisk(Words words) {
        return words.containsAny(MONEY_TROUBLE) || words.containsPrefix(MONEY_PREFIXES) || words.containsPhrase(MONEY_PHRASES)
                || words.near(CANNOT, PAY, 5)
                || words.containsAny(CLAIM_WORDS) || words.containsPhrase(CLAIM_PHRASES)
                || words.containsAny(JOB_WORDS) || words.near(APPLY, JOB, 4)
                || words.near(CUT_OFF, UTILITIES, 5)
                || words.near(DIED, RELATIVES, 5)
                || words.containsAny(CRISIS) || words.containsPhrase(CRISIS_PHRASES);
    }

    private static boolean isFrustrated(String text, Words words) {
        if (words.containsAny(SWEARING) || words.containsAny(USELESS) || words.containsPhrase(NOT_UNDERSTOOD)) {
            return true;
        }
        if (repeatedPunctuation(text)) {
            return true;
        }
        return shouting(text) && !words.containsAny(POSITIVE);
    }

    /** "???", "!!!", "?!?": three or more in a row. */
    private static boolean repeatedPunctuation(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c == '!' || c == '?' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Mostly capitals over at least eight letters. */
    private static boolean shouting(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 8 && upper >= 0.7 * letters;
    }
}
