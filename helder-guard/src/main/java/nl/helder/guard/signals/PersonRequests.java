package nl.helder.guard.signals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether a message asks for a person. A person word alone is not a request ("de medewerker was onvriendelijk",
 * "does an employee read this chat?"): it counts with a contact verb or "with me" nearby, right after a wish whose
 * subject is the customer ("mag ik een mens"; not "kan een medewerker de kast monteren"), before a please, after
 * "is there", as nearly the whole message or as a sentence of its own ("pff. medewerker. MEDEWERKER."), or asked
 * for with a verb of asking ("ik vraag om een medewerker", "je demande un humain"). Without a person word: a call-back
 * ("bel me terug", "Rückruf", "rappelez-moi") not told as done or promised, a call verb aimed at the customer ("can
 * someone phone me", "ruf mich an"), a transfer, or sending someone round ("schicken Sie jemanden vorbei"); each unless
 * negated ("please don't call me", "bitte nicht anrufen"). Not when joking about it ("haha next I'll ask for a human").
 */
final class PersonRequests {

    /** Words that may stand between a wish and the person: articles, pronouns, "real". */
    private static final Set<String> BETWEEN = words(("ik me mij je u een de het echte echt levend levende met maar even "
            + "i me a an the real live actual to with just someone "
            + "ich mir mich einen einem ein eine echten echte mit "
            + "moi je un une le la vraie vrai avec a parler "
            // "geef me gewoon een medewerker", "einen persönlichen Ansprechpartner", "besoin d'un interlocuteur"
            + "gewoon eindelijk persoonlijk persoonlijke vaste einfach endlich personlichen personlich zustandigen "
            + "finally personal d simplement enfin personnel "
            // "Menschlicher Ansprechpartner"
            + "menselijk menselijke menschlicher menschliche menschlichen"));
    /**
     * Urgency: filler beside a person word only when nothing else is said ("Medewerker, nu meteen.", "Menschlicher
     * Ansprechpartner. Sofort."); "De medewerker komt nu direct" says something else.
     */
    private static final Set<String> URGENT = words("nu meteen onmiddellijk direct now immediately asap sofort jetzt gleich direkt "
            + "maintenant immediatement directement snel quick quickly schnell vite rapidement");
    /** Words that stop the bot when they stand beside it: "Stop with the bot. Human. NOW.", "genoeg van die bot, mens graag". */
    private static final Set<String> ENOUGH = words("stop stopp genoeg klaar schluss assez enough basta fini");
    /** Words before a contact word that make it a noun ("the agent on the phone"), not a request. */
    private static final Set<String> NOUN_MARKERS = words("the het am au per via by on op aan");
    private static final Set<String> PERSON_WORDS = words(("medewerker medewerkster collega klantenservice operator adviseur "
            + "human person agent representative advisor supervisor mitarbeiter mitarbeiterin berater kundenberater "
            + "kundenservice kundendienst sachbearbeiter conseiller conseillere humain personne interlocuteur"));
    private static final Map<Character, List<String>> PERSON_BY_FIRST = PERSON_WORDS.stream().filter(p -> p.length() >= 5)
            .collect(Collectors.groupingBy(p -> p.charAt(0)));

    private PersonRequests() {
    }

    static boolean asksForPerson(TaggedMessage m) {
        boolean anyPerson = false;
        Boolean joking = null; // asked at most once per message, and only when a rule needs it
        boolean asks = m.raw().indexOf('?') >= 0;
        for (int i = 0; i < m.size(); i++) {
            boolean person = isPerson(m, i);
            boolean someone = m.is(i, SOMEONE);
            // "get me someone from the billing team", "iemand van de klantenservice": someone of the organisation
            boolean someoneFrom = someone && i + 1 < m.size() && FROM.contains(m.word(i + 1));
            anyPerson |= person;
            if ((person || someone) && (contactNear(m, i) || m.anyWithin(WITH_ME, i - 6, i + 6, i))) {
                return true;
            }
            if ((person || someoneFrom || someone && m.anyWithin(REAL, i - 1, i + 3, i))
                    && (wishBefore(m, i) || m.anyWithin(PLEASE, i + 1, i + 4, i) || m.anyWithin(EXISTENTIAL, i - 7, i - 1, i))) {
                return true;
            }
            if ((person || someone) && (m.anyWithin(WISH, i - 8, i - 1, i) || m.anyWithin(MODAL, i - 8, i - 1, i) || m.anyWithin(PLEASE, i + 1, i + 6, i))
                    && m.anyWithin(ON_THE_LINE, i + 1, i + 4, i)) {
                return true; // "ik wil graag iemand van jullie aan de telefoon" (not "uw medewerkster aan de telefoon was onvriendelijk" with no wish before it)
            }
            if ((m.is(i, CALLBACK) || m.is(i, TRANSFER)) && m.unnegated(i, 4) && !Promises.promisedNear(m, i) && !toldAsDone(m, i)) {
                return true;
            }
            if (m.is(i, CALL) && (m.anyWithin(ME, i + 1, i + 2, i) || m.anyWithin(ME, i - 2, i - 1, i)) && m.unnegated(i, 4)
                    && !m.negationNear(i, 5, 3) && !thirdPartyBefore(m, i) && !onBehalf(m, i) && !givesName(m, i)) {
                return true;
            }
            if (someone && sentFor(m, i) && m.unnegated(i, 4)) {
                return true; // "Schicken Sie endlich jemanden vorbei", "please send someone round", "envoyez quelqu'un"
            }
            if (person && (askedFor(m, i) || !asks && aloneInItsSentence(m, i))) {
                joking = joking == null ? joking(m) : joking;
                if (!joking) {
                    return true; // "ik vraag nu voor de 4e keer om een medewerker", "pff daar gaan we weer. medewerker. MEDEWERKER."
                }
            }
        }
        if (customerCallsUs(m)) {
            return true;
        }
        if (whoToContact(m)) {
            return true;
        }
        if (anyPerson && (m.size() <= 8 && contentWords(m) <= (m.anyWithin(URGENT, 0, m.size() - 1, -1) ? 1 : 2) || m.near(BOT, NEGATION, 3) || botStopped(m))) {
            return true; // "mens", "operator", "PERSON. NOT BOT.", "je veux un humain, pas un robot", "Stop with the bot. Human."
        }
        // "ik wil niet met een robot praten"
        return m.near(BOT, NEGATION, 3) && (m.has(CONTACT) || m.has(WISH));
    }

    private static final Set<String> FROM = words("van from von aus bei de du of");
    /** Sending someone: a visit by staff is a request for a person. */
    private static final Set<String> SEND = words("stuur stuurt sturen send schicken schickt schick envoyez envoyer envoie");
    private static final Set<String> ELSE = words("else anders anderes autre");

    /** Someone sent by the organisation: "stuur iemand langs", "send someone round"; not "ik stuur iemand", "can I send someone else". */
    private static boolean sentFor(TaggedMessage m, int someone) {
        for (int j = Math.max(0, someone - 3); j < someone; j++) {
            if (SEND.contains(m.word(j))) {
                return !m.anyWithin(SENDERS_NOT_US, j - 2, j - 1, j) && !(j > 0 && m.word(j - 1).equals("j"))
                        && !m.anyWithin(ELSE, someone + 1, someone + 1, someone);
            }
        }
        return false; // "can someone send me the invoice?": someone is the one sending, not the one sent
    }

    /** Who else may send someone: the customer, "we", "on" ("ik stuur iemand", "we sturen iemand langs, klopt dat?"). */
    private static final Set<String> SENDERS_NOT_US = words("ik i ich je we wij wir nous on");

    /**
     * Verbs of asking for something in the present ("vraag om", "ask for", "frage nach", "bitte um"), which need the word
     * "for" before the person (without it the person is the one asked: "vroeg ik een medewerker om uitleg"), and verbs
     * of demanding, which take the person as their object ("je demande un humain", "ik eis een medewerker").
     */
    private static final Set<String> ASK_FOR = words("vraag vragen ask asking frage fragen bitte");
    /**
     * Past forms, which ask only when said again: "I've asked for a human three times now", "j'ai déjà demandé un
     * conseiller". The rule walks back from the person word, so a verb at the end of a Dutch or German clause ("ik heb
     * om een medewerker gevraagd") is not found.
     */
    private static final Set<String> ASKED = words("vroeg gevraagd asked fragte gefragt");
    private static final Set<String> ALREADY = words("al already schon deja");
    private static final Set<String> DEMAND = words("demande demander reclame reclamer exige exiger eis eisen verlange verlangen insist");
    private static final Set<String> FOR = words("om naar for nach um");
    /** "I'll ask", "ik zal vragen", "j'ai demandé", "ich habe gefragt": a plan or a story, not a request now. */
    private static final Set<String> NOT_NOW = words("ll will zal ga werde vais ai avais heb had habe hatte have has");
    private static final Set<String> ASK_LINK = words("om naar for nach um pour een de a an the un une einen einem ein eine einer le la "
            + "echt echte real echten vrai vraie nu now jetzt maintenant weer again wieder encore al already schon deja "
            + "voor zum zur keer mal fois time gesprach gesprek conversation entretien termin afspraak mit met with avec");

    /** "ik vraag om een medewerker", "I asked for a human", "ich frage nach einem Menschen", "je demande un humain". */
    private static boolean askedFor(TaggedMessage m, int at) {
        boolean forWord = false;
        for (int j = at - 1; j >= 0 && j >= at - 8; j--) {
            String word = m.word(j);
            if (ASK_FOR.contains(word) || DEMAND.contains(word) || ASKED.contains(word)) {
                boolean object = forWord || DEMAND.contains(word) && !(j + 1 < m.size() && m.word(j + 1).equals("a"));
                boolean again = saidAgain(m, j);
                return object && m.unnegated(j, 2) && (again || !ASKED.contains(word) && !m.anyWithin(NOT_NOW, j - 2, j - 1, j));
            }
            forWord |= FOR.contains(word);
            if (!ASK_LINK.contains(word) && !m.is(j, ORDINAL) && !m.is(j, TIMES) && !m.is(j, FIRST_PERSON)) {
                return false;
            }
        }
        return false;
    }

    /** A repetition in the sentence of word {@code at}: "again", "al", "schon", "déjà", "for the third time", "drie keer". */
    private static boolean saidAgain(TaggedMessage m, int at) {
        int sentence = m.sentenceOf(at);
        for (int j = Math.max(0, at - 6); j <= Math.min(m.size() - 1, at + 8); j++) {
            boolean counted = m.is(j, TIMES) && j > 0 && (m.is(j - 1, NUMBER) || m.is(j - 1, ORDINAL)); // "drie keer", not "vorige keer"
            if (m.sentenceOf(j) == sentence && (m.is(j, AGAIN) || counted || m.is(j, ORDINAL) || ALREADY.contains(m.word(j)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person word that is (nearly) a sentence of its own in a longer message: "pff daar gaan we weer. medewerker.",
     * "UN. HUMAIN.", "Un conseiller, vite.", "CHEF HER." Only urgency, please and small words beside it.
     */
    private static boolean aloneInItsSentence(TaggedMessage m, int at) {
        if (NOT_ALONE.contains(m.word(at)) || m.anyWithin(NEGATION, at + 1, at + 3, at) || m.anyWithin(ENOUGH, at - 3, at + 3, at)
                || m.anyWithin(CLOSING, at - 4, at - 1, at)) {
            // "Qui a relevé le compteur ? Personne.", "Mensch! Endlich.", "Medewerker? Nee, stop maar.", a signature after
            // "met vriendelijke groet"; the caller also leaves out any message that asks something, where a lone role is
            // an answer or a heading ("Which role should I pick? Manager. Is that right?")
            return false;
        }
        int sentence = m.sentenceOf(at);
        int start = at;
        while (start > 0 && at - start < 4 && m.sentenceOf(start - 1) == sentence) {
            start--;
        }
        if (start > 0 && m.sentenceOf(start - 1) == sentence || start == 0 && m.size() > at + 1 && m.sentenceOf(m.size() - 1) != sentence) {
            return false; // more than four words before it in its sentence; or the opening line of a longer message ("Klantenservice,")
        }
        for (int j = start; j < m.size() && m.sentenceOf(j) == sentence; j++) {
            if (j - start > 4 || j != at && !filler(m, j)) {
                return false;
            }
        }
        return true;
    }

    /** French "personne" alone is "nobody"; German "Mensch!" an exclamation. */
    private static final Set<String> NOT_ALONE = words("personne mensch");
    /** Closings before a signature: "Met vriendelijke groet, Piet Jansen, Manager". */
    private static final Set<String> CLOSING = words("groet groeten gr mvg regards cheers cordialement salutations mfg gruss grusse lg");

    /** Laughter, not the words for a joke ("c'est une blague ?", "dit is geen grapje meer" are angry). */
    private static final Set<String> LAUGHTER = words("haha hahaha hahah hihi lol lool mdr xd");

    /** "haha next I'll be asking for a human 😄": a joke about wanting a person is no request (the label's convention). */
    private static boolean joking(TaggedMessage m) {
        if (m.anyWithin(LAUGHTER, 0, m.size() - 1, -1)) {
            return true;
        }
        String raw = m.raw();
        return raw.contains("\uD83D\uDE02") || raw.contains("\uD83D\uDE04") || raw.contains("\uD83D\uDE05") || raw.contains("\uD83E\uDD23");
    }

    /** A perfect auxiliary: "ze heeft me teruggebeld", "he called me back", "sie hat mich zurückgerufen" is a story. */
    private static final Set<String> PERFECT = words("heeft hebben heb hebt had hadden has have hat hatte hatten habe hab hast ai a as avez "
            + "avons avait avaient ont werd wurde");
    /** Words that make a past participle a request again: "ik wil teruggebeld worden", "can I be called back". */
    private static final Set<String> PASSIVE = words("worden werden word be being te etre");

    /**
     * A call-back told as done, not asked for: a past participle after a perfect or past auxiliary in its sentence ("ze
     * heeft me teruggebeld", "on m'a rappelé", "ik werd teruggebeld") and with no passive beside it ("wil teruggebeld
     * worden"). "I got a callback yesterday" is not caught: "callback" is no participle.
     */
    private static boolean toldAsDone(TaggedMessage m, int at) {
        return isParticiple(m.word(at)) && m.anyInSentence(PERFECT, at - 5, at - 1, at) && !m.anyWithin(PASSIVE, at - 2, at + 2, at);
    }

    /** The call-back words that are past participles: "teruggebeld", "zurückgerufen", "rappelé", "called (back)", "phoned (back)". */
    private static boolean isParticiple(String word) {
        return word.startsWith("teruggebeld") || word.startsWith("zuruckgerufen") || word.equals("rappele") || word.equals("rappelee")
                || word.equals("called") || word.equals("phoned");
    }

    private static final Set<String> BEHALF = words("namens behalf");

    /** "kan mijn dochter namens mij bellen", "call on my behalf", "im Namen", "au nom de": someone else calls for the customer. */
    private static boolean onBehalf(TaggedMessage m, int at) {
        for (int j = Math.max(0, at - 4); j < at; j++) {
            String word = m.word(j);
            if (BEHALF.contains(word) || j > 0 && (word.equals("namen") && m.word(j - 1).equals("im") || word.equals("nom") && m.word(j - 1).equals("au"))) {
                return true;
            }
        }
        return false;
    }

    /** "je m'appelle Yasmine": the customer's name, not a call. */
    private static boolean givesName(TaggedMessage m, int at) {
        return m.word(at).startsWith("appel") && at >= 2 && m.word(at - 1).equals("m") && m.word(at - 2).equals("je");
    }

    /** Who else may phone a customer: "can the courier call me before arriving?" asks for no hand-off. */
    private static final Set<String> THIRD_PARTIES = words("bezorger koerier chauffeur monteur postbode installateur "
            + "courier driver technician engineer fitter fahrer bote kurier techniker monteur paketbote livreur technicien facteur "
            // trades and movers the organisation sends: "can the plumber ring me before he arrives?"
            + "loodgieter elektricien verhuizer verhuisbedrijf slotenmaker glazenzetter plumber electrician mover movers "
            + "locksmith glazier klempner installateur elektriker umzugsfirma schlusseldienst glaser plombier electricien "
            + "demenageur demenageurs serrurier vitrier taxi pakketbezorger bezorgdienst");

    private static boolean thirdPartyBefore(TaggedMessage m, int at) {
        // "wann ruft mich der Techniker an", "le chauffeur du taxi peut-il me téléphoner"; "the installer" (not French "installer")
        if (m.anyWithin(THIRD_PARTIES, at - 6, at + 4, -1)) {
            return true;
        }
        for (int j = Math.max(1, at - 6); j <= Math.min(m.size() - 1, at + 4); j++) {
            if (m.word(j).equals("installer") && ARTICLES.contains(m.word(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = words("the your an de het uw jullie");

    /** The organisation as the one called: "can I call you", "kan ik u bellen", "kann ich Sie anrufen", "puis-je vous appeler". */
    private static final Set<String> CALLEE = words("you u jullie sie euch dich vous");

    /** The customer asks to phone the organisation: a call verb with "you" beside it and the customer as subject before it. */
    private static boolean customerCallsUs(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, CALL) && m.unnegated(i, 4) && m.anyWithin(FIRST_PERSON, i - 4, i - 1, i) && m.anyWithin(CALLEE, i - 2, i + 1, i)) {
                // "tot hoe laat kan ik jullie bellen?", "quand je vous appelle": hours or waiting, not a hand-off (asked last:
                // the phrase scan is the costly part, and few messages get this far)
                return !WHEN_OR_HOW_LONG.in(m);
            }
        }
        return false;
    }

    private static final Set<String> WHO = words("wie who whom wer wen wem qui");

    /**
     * Questions about the hours the line is open and the wait, in four languages ("tot hoe laat", "what time", "bis wann",
     * "jusqu'à quand"); not a bare "when" or "open", which a request has as often ("can I call you about the open invoice?"),
     * nor "bereikbaar", which is as often the customer's own ("ik ben overdag niet bereikbaar, mag ik u vanavond bellen?").
     */
    private static final Phrases WHEN_OR_HOW_LONG = Phrases.of("hoe laat|tot wanneer|openingstijden|wachttijd"
            + "|what time|until when|opening hours|waiting time|wait time"
            + "|bis wann|wie lange|offnungszeiten|wartezeit"
            + "|quelle heure|jusqu a quand|horaires|temps d attente");

    /** "wie kan ik hierover spreken", "who can I talk to", "wer hilft mir", "à qui puis-je parler": asking who to contact. */
    private static boolean whoToContact(TaggedMessage m) {
        if (m.has(CRISIS)) {
            return false; // "ik ruik gas, wie moet ik bellen?" asks for the emergency number, not for our staff
        }
        for (int i = 0; i < m.size(); i++) {
            if (WHO.contains(m.word(i)) && asksWho(m, i)) {
                for (int j = i + 1; j <= Math.min(m.size() - 1, i + 4); j++) {
                    if (m.is(j, CONTACT) && !REPORTING.contains(m.word(j)) && m.unnegated(j, 2) && !(j > 0 && NOUN_MARKERS.contains(m.word(j - 1)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "melden" is reporting (and German "wie melden wir das" is "how do we report it"), not contacting a person. */
    private static final Set<String> REPORTING = words("melden meldet meld");
    private static final Set<String> BEFORE_WHO = words("a aan bij met with to mit an bei zu avec naar voor weet weten know knows weiss sais sait");

    /** A question word, not a relative pronoun: first in its sentence, or after a preposition or "know" ("à qui", "I don't know who"). */
    private static boolean asksWho(TaggedMessage m, int at) {
        return at == 0 || m.sentenceOf(at - 1) != m.sentenceOf(at) || BEFORE_WHO.contains(m.word(at - 1));
    }

    /** A bot word with a word of enough beside it: "stop with the bot", "genoeg van die bot", "Schluss mit dem Bot". */
    private static boolean botStopped(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, BOT) && m.anyWithin(ENOUGH, i - 3, i + 1, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words other than please, bot words, urgency, articles and pronouns: "mens", "operator aub", "Medewerker, nu
     * meteen." are requests by being (nearly) all there is.
     */
    private static int contentWords(TaggedMessage m) {
        int content = 0;
        for (int i = 0; i < m.size(); i++) {
            if (!filler(m, i) && !m.is(i, BOT)) {
                content++;
            }
        }
        return content;
    }

    /** A word that says nothing beside a person word: please, urgency, articles and pronouns ({@link #BETWEEN}). */
    private static boolean filler(TaggedMessage m, int i) {
        return m.is(i, PLEASE) || BETWEEN.contains(m.word(i)) || URGENT.contains(m.word(i));
    }

    /** "my colleague", "mijn collega", "mein Kollege", "mon collègue": the customer's own colleague, not the organisation's. */
    private static final Set<String> MY = words("my mijn mn mein meine meinem meinen meiner mon ma mes");
    private static final Set<String> COLLEAGUES = words("colleague colleagues collega collegas kollege kollegin kollegen collegue collegues");

    /** A person word of the organisation's, or one misspelt by one edit ("medewerkr", "humna"). */
    private static boolean isPerson(TaggedMessage m, int i) {
        if (m.is(i, PERSON)) {
            return !(i > 0 && MY.contains(m.word(i - 1)) && COLLEAGUES.contains(m.word(i))); // "mon conseiller" is the bank's
        }
        String word = m.word(i);
        if (word.length() < 5 || m.knownWord(i) || REAL_WORDS.contains(word)) { // a word with a concept of its own is not a misspelt person
            return false;
        }
        return nearMisspelling(word, word.charAt(0)) || nearMisspelling(word, word.charAt(1));
    }

    private static boolean nearMisspelling(String word, char first) {
        for (String person : PERSON_BY_FIRST.getOrDefault(first, List.of())) {
            if (Edits.withinOne(word, person)) {
                return true;
            }
        }
        return false;
    }

    /** Real words one edit from a person word: money ("argent"), to advise ("beraten"), to work together, people. */
    private static final Set<String> REAL_WORDS = words("argent argente beraten mitarbeiten humane persona personnes persons");

    /** A contact verb within six words, used as a verb (not "on the phone") and not negated ("niet bellen"). */
    private static boolean contactNear(TaggedMessage m, int at) {
        for (int j = Math.max(0, at - 6); j <= Math.min(m.size() - 1, at + 6); j++) {
            if (j != at && m.is(j, CONTACT) && !(j > 0 && NOUN_MARKERS.contains(m.word(j - 1))) && m.unnegated(j, 2)) {
                return true;
            }
        }
        return false;
    }

    /** A wish, a please, or a modal with the customer as subject, shortly before the person, with only small words between. */
    private static boolean wishBefore(TaggedMessage m, int at) {
        boolean firstPerson = false;
        for (int j = at - 1; j >= 0 && j >= at - 4; j--) {
            if (m.is(j, WISH) && !englishWill(m, j) || m.is(j, PLEASE) || m.is(j, MODAL) && firstPerson) {
                return m.unnegated(j, 1);
            }
            if (!BETWEEN.contains(m.word(j))) {
                return false;
            }
            firstPerson |= m.is(j, FIRST_PERSON);
        }
        return false;
    }

    private static final Set<String> GERMAN_SUBJECTS = words("ich er sie man es");

    /** "Will the staff move?" is English; "ich will einen Menschen", "jetzt will ich …" German: "will" wishes only beside a German subject. */
    private static boolean englishWill(TaggedMessage m, int at) {
        return m.word(at).equals("will") && !(at > 0 && GERMAN_SUBJECTS.contains(m.word(at - 1)))
                && !(at + 1 < m.size() && GERMAN_SUBJECTS.contains(m.word(at + 1))); // "Jetzt will ich endlich einen Menschen"
    }

    private static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(words.split(" ")));
    }
}
