package nl.helder.guard.signals;

import java.util.Set;

import static nl.helder.guard.signals.Concept.*;

/**
 * Whether a customer is frustrated: a sigh or exasperation ("pff", "ugh", "omg", "ach komm", "mais non") without
 * thanks or praise, an insult to the assistant, not being understood, having said or asked it before ("I just told
 * you", "zum vierten Mal gefragt"), being fed up, swearing, outrage, or emphasis without thanks or praise: capitals
 * ("ONGELOOFLIJK", "NOT the billing address"; not product codes or acronyms) or "!!", "??", "?!".
 */
final class Frustration {

    /** Capitalised words that are names of things, not shouting. */
    private static final Set<String> ACRONYMS = words(("TV KPN ING ABN AMRO BSN IBAN KVK SMS USB WIFI DSL ADSL VDSL FTTH GB MB TB "
            + "OK BTW NS DHL UPS GLS DPD TNT IT HR ID PIN PUK SIM ESIM IP URL APP API ATM VAT FAQ NL DE FR EN UK EU USA CEO PDF "
            + "JPG PNG WOZ OZB CJIB DUO UWV SVB GGD BV NV EUR AOW LED HDMI IKEA SEPA BIC TAN IBAN CV SNCF EDF TVA CAF RIB "
            + "AG GMBH MWST AOK DSL LTE UMTS VPN ICT CRM MMS EAN ASBL VZW CPAS OCMW ICE IC CAK AVG DSGVO RGPD GDPR ANWB "
            + "KBC BNP AXA RTL OV ACC ETA"));

    private Frustration() {
    }

    static boolean isFrustrated(TaggedMessage m) {
        if (m.has(SWEARING) || m.has(FED_UP) && !Despair.told(m) || notUnderstood(m) || m.hasUnnegated(REPEAT_SAID, 2)
                || m.hasUnnegated(INSULT, 2) || m.near(SLOW, YOU, 3)) {
            return true;
        }
        if (m.has(SAY) && (Repetition.timesOrdinal(m) || howOften(m)) || youDontUnderstand(m) || notHelped(m)) {
            return true;
        }
        // "Oh no, water is pouring out of the ceiling??": in an emergency alarm words, "??" and capitals are the brief's
        // "urgency in an emergency", not exasperation (round twelve of issue 14); swearing, "fed up", "you don't understand"
        // and the other cues above still count
        if (emergency(m) || Despair.told(m)) {
            return false; // and despair: the brief makes it a high-risk matter only (Despair)
        }
        if (startsWithExclamation(m.raw()) || exasperatedFace(m.raw())) {
            return true;
        }
        if (m.has(POSITIVE)) {
            return false;
        }
        return m.has(SIGH) || emphasis(m.raw()) || punctuationRun(m.raw(), !happyFace(m.raw()));
    }

    /**
     * Water, and the verbs of water coming out, in four languages (round twelve of issue 14). Not "coming", "loopt",
     * "komt", "kommt", "sort": "the water bill is coming in higher", "mijn water contract loopt af", "wanneer komt het
     * water terug??", "can you sort out my water bill??".
     */
    private static final Set<String> WATER = words("water wasser eau lekkage leak fuite");
    private static final Set<String> FLOWING = words("pouring gushing spraying flooding leaking dripping spuit stroomt gutst "
            + "lekt druppelt lauft spritzt schiesst stromt tropft coule jaillit gicle inonde fuit");
    /** Verbs and nouns of smelling, which make "gas" a danger: "ik ruik gas", "it smells of gas", "ça sent le gaz". */
    private static final Set<String> SMELLING = words("ruik ruikt ruiken geur stinkt smell smells smelling smelt riecht rieche "
            + "geruch odeur");
    /** The French "sent" / "sens" only before "gaz": in English "sent" is the past of "send" ("I've SENT my gas reading"). */
    private static final Set<String> SMELLS_FR = words("sent sens sentir");
    /** Dangers by a single word: gas smelt, sparks, smoke, fire (not "brandt", a lamp that is on, nor "brand"). */
    private static final Set<String> DANGER = words("gaslucht gasgeur gaslek gaslekkage vonken vonkt sparks sparking funken funkt "
            + "etincelles rook rookt smoke smoking rauch raucht qualmt fumee fire feuer incendie gasgeruch");

    /**
     * An emergency told in the message: water pouring out, or a danger named by one of {@link #DANGER}'s words. Only these:
     * the lists' CRISIS concept also holds despair, threats and "112", in which "??" is as frustrated as anywhere.
     */
    static boolean emergency(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (DANGER.contains(m.word(i)) || WATER.contains(m.word(i)) && m.anyWithin(FLOWING, i - 3, i + 3, i)
                    || m.word(i).equals("gas") && m.anyWithin(SMELLING, i - 3, i + 3, i)
                    || m.word(i).equals("gaz") && (m.anyWithin(SMELLING, i - 3, i + 3, i) || m.anyWithin(SMELLS_FR, i - 2, i - 1, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code NOT_UNDERSTOOD} concept, except a French "comprends pas" / "comprends rien" said of oneself: "je ne
     * comprends pas bien l'ordinateur" is a customer who needs help, "tu ne comprends rien" one who is exasperated
     * ("comprends" is the first and the second person alike; round thirteen of issue 14).
     */
    private static boolean notUnderstood(TaggedMessage m) {
        if (!m.has(NOT_UNDERSTOOD)) {
            return false;
        }
        for (int i = 0; i < m.size(); i++) {
            if (m.is(i, NOT_UNDERSTOOD) && !saidOfOneselfInFrench(m, i)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPEAKER_FR = words("je j moi");
    private static final Set<String> ADDRESSEE_FR = words("tu vous t");

    /** A French verb of understanding or listening at {@code i} with "je" before it (which {@code YOU} holds as Dutch "you"). */
    private static boolean saidOfOneselfInFrench(TaggedMessage m, int i) {
        String word = m.word(i);
        return (word.startsWith("compren") || word.startsWith("ecout")) && m.anyWithin(SPEAKER_FR, i - 3, i - 1, i)
                && !m.anyWithin(ADDRESSEE_FR, i - 2, i - 1, i); // "moi je répète, tu comprends pas"
    }

    /** Verbs of understanding and listening, which frustrate when negated and aimed at the assistant. */
    private static final Set<String> UNDERSTANDING = words("begrijpt begrijp snapt snap luistert luister listen listening understand "
            + "understood get verstehst versteht verstehen horst zuhoren comprends comprenez comprend ecoutez ecoutes");

    /** "je luistert gewoon niet", "du verstehst gar nichts", "vous ne comprenez vraiment rien", "you don't get it". */
    private static boolean youDontUnderstand(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (UNDERSTANDING.contains(m.word(i)) && m.negationNear(i, 3, 3) && m.anyWithin(YOU, i - 3, i - 1, i)
                    && !saidOfOneselfInFrench(m, i)) {
                return true;
            }
        }
        return false;
    }

    /** "hoe vaak", "wie oft", "how many times", "how often", "combien de fois": with a verb of saying, exasperation. */
    private static boolean howOften(TaggedMessage m) {
        for (int i = 0; i + 1 < m.size(); i++) {
            String a = m.word(i);
            String b = m.word(i + 1);
            if (a.equals("hoe") && b.equals("vaak") || a.equals("wie") && b.equals("oft") || a.equals("how") && (b.equals("often") || b.equals("many"))
                    || a.equals("combien") && b.equals("de")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> HELPING = words("helpen helpt help helping helfen helft hilfst aidez aides aide");
    private static final Set<String> INTENSIFIERS = words("totaal helemaal absoluut gewoon all uberhaupt gar uberhaupt tout really echt");

    /** "you are not helping at all", "sie helfen mir überhaupt nicht", "vous ne m'aidez pas du tout". */
    private static boolean notHelped(TaggedMessage m) {
        for (int i = 0; i < m.size(); i++) {
            if (HELPING.contains(m.word(i)) && m.negationNear(i, 3, 3) && m.anyWithin(YOU, i - 3, i - 1, i)
                    && m.anyWithin(INTENSIFIERS, i - 4, i + 4, -1)) {
                return true;
            }
        }
        return false;
    }

    /** Faces of exasperation (eye-roll, facepalm, anger): frustration even beside "great" or "thanks", which they make sarcastic. */
    private static boolean exasperatedFace(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isHighSurrogate(raw.charAt(i))) {
                int c = raw.codePointAt(i);
                if (c == 0x1F644 || c == 0x1F926 || c == 0x1F624 || c == 0x1F620 || c == 0x1F621 || c == 0x1F92C) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A face or sign of joy (😀😁😃😄😊😍🥰🥳🤩🎉❤): "Yes het is gelukt!! 🎉", "It worked!! 😄" are happy exclamations.
     * It takes away only what "!!" says, never "??", shouting or a sigh ("IK WACHT AL DRIE WEKEN!!! 😊" stays
     * frustrated); not 🙂, 👍, 👏, 😂, 😅, 😉 or 🙏, which are as often passive-aggressive, sarcastic or pleading.
     */
    private static boolean happyFace(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u2764') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                int p = raw.codePointAt(i);
                if (p == 0x1F600 || p == 0x1F601 || p == 0x1F603 || p == 0x1F604 || p == 0x1F60A || p == 0x1F60D || p == 0x1F970
                        || p == 0x1F973 || p == 0x1F929 || p == 0x1F389) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An interjection opening the message: "man, ...", "Mann, ist das kompliziert", "mon dieu". */
    private static boolean startsWithExclamation(String raw) {
        String start = raw.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("man,") || start.startsWith("mann,") || start.startsWith("man...") || start.startsWith("mann...")
                || start.startsWith("mon dieu") || start.startsWith("oh god") || start.startsWith("god,");
    }

    /** "??", "?!", "!?" or longer; "!!" too unless {@code exclamations} is false (a happy face beside them). */
    private static boolean punctuationRun(String text, boolean exclamations) {
        int run = 0;
        boolean question = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '?') {
                question = run == 0 ? c == '?' : question || c == '?';
                run++;
                if (run >= 2 && (exclamations || question)) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    /**
     * Shouting: a word of three or more capitals that is not an acronym or part of a code ("ABC-12X", "ETE2024"),
     * or a message of five or more letters almost all in capitals. A word of capitals without a vowel is an acronym
     * whether listed or not ("BRP", "PMC", "ZZP": shouted words have vowels), and one or two words of capitals that
     * open the message before a colon are a heading ("LET OP:", "ACHTUNG:", "ATTENTION :"); neither counts toward the
     * share of capitals.
     */
    private static boolean emphasis(String text) {
        int heading = headingEnd(text);
        int letters = 0;
        int upper = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int wordUpper = 0;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                wordUpper += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
                i++;
            }
            boolean allUpper = wordUpper == i - start;
            boolean acronym = allUpper && !hasVowel(text, start, i);
            if (start < heading || acronym) {
                continue; // a heading's or an acronym's capitals are no shouting, in a word or in the share below
            }
            upper += wordUpper;
            letters += i - start;
            if (allUpper && i - start >= 3 && !partOfCode(text, start, i) && !ACRONYMS.contains(text.substring(start, i))) {
                return true;
            }
        }
        return letters >= 5 && upper >= 0.8 * letters;
    }

    private static boolean hasVowel(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if ("AEIOUYÄÖÜÉÈÊËÀÂÁÎÏÍÌİÔÓÒÛÚÙŸ".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where a heading of one or two words of capitals that opens the message ends, after its colon; 0 when there is none. */
    private static int headingEnd(String text) {
        int i = 0;
        int words = 0;
        while (i < text.length() && i < 16 && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == ' ')) {
            words += Character.isUpperCase(text.charAt(i)) && (i == 0 || text.charAt(i - 1) == ' ') ? 1 : 0;
            i++;
        }
        int colon = i;
        while (colon < text.length() && text.charAt(colon) == ' ') {
            colon++;
        }
        // at most two words ("LET OP:", "WICHTIG:", "ATTENTION :"); "WAAROM DUURT DIT ZO LANG: ik wacht al weken" is shouting
        return i >= 2 && words <= 2 && colon < text.length() && text.charAt(colon) == ':' ? colon + 1 : 0;
    }

    private static boolean partOfCode(String text, int start, int end) {
        if (start > 0 && isCodeJoint(text.charAt(start - 1)) || end < text.length() && isCodeJoint(text.charAt(end))) {
            return true;
        }
        // what a screen or letter says ("« LOS »", "says SIM LOCKED") and the letters of an account number ("NL91 ABNA 0417")
        int before = start - 1;
        while (before >= 0 && before >= start - 2 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && after <= end + 1 && text.charAt(after) == ' ') {
            after++;
        }
        char previous = before >= 0 ? text.charAt(before) : ' ';
        char next = after < text.length() ? text.charAt(after) : ' ';
        if (isQuote(previous) || isQuote(next) || Character.isDigit(previous) || Character.isDigit(next)) {
            return true;
        }
        int wordStart = before;
        while (wordStart >= 0 && Character.isLetter(text.charAt(wordStart))) {
            wordStart--;
        }
        return before > wordStart && ACRONYMS.contains(text.substring(wordStart + 1, before + 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u00ab' || c == '\u00bb' || c == '\u201c' || c == '\u201d' || c == '\u2018'; // not the apostrophe of "DON'T"
    }

    private static boolean isCodeJoint(char c) {
        // codes ("ABC-12X", "ETE2024", "a/B") and the redaction placeholders ("[PERSON_NAME]", "[PHONE]") are not shouting
        return Character.isDigit(c) || c == '-' || c == '_' || c == '/' || c == '[' || c == ']';
    }

    private static Set<String> words(String words) {
        return Set.copyOf(java.util.Arrays.asList(words.split(" ")));
    }
}
