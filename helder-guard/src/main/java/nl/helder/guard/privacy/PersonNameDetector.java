package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names a customer gives: after "mijn naam is", "ik heet", "my name is" (any case, as typed in chats), and
 * after "ik ben", "I am", "this is" or a closing ("met vriendelijke groet", "groetjes", "kind regards") when
 * capitalised. A name is one to four words, with Dutch particles between them ("Jan van der Berg").
 */
final class PersonNameDetector {

    /** Phrases after which the customer states its name; lower-case names are accepted here. */
    private static final String[] STATING = {"mijn naam is", "ik heet", "my name is", "je spreekt met", "u spreekt met",
            "you're speaking with", "you are speaking with", "mein name ist", "ich heiße", "je m'appelle",
            "naam:", "name:"};
    /** Phrases after which only a capitalised word is taken as a name ("ik ben boos" is not a name). */
    private static final String[] INTRODUCING = {"ik ben", "i am", "i'm", "this is", "hier is", "met vriendelijke groet",
            "met vriendelijke groeten", "vriendelijke groet", "vriendelijke groeten", "hartelijke groet", "groetjes", "groeten",
            "mvg", "m.v.g.", "gr.", "kind regards", "best regards", "regards", "cheers", "thanks,", "bedankt,", "namens",
            "je suis", "ich bin", "t.n.v.", "tnv", "ten name van", "op naam van", "name", "naam", "account holder"};
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "te", "ter", "ten",
            "op", "in", "von", "la", "le", "du", "da", "di", "el", "al", "bin");
    /** Capitalised words that follow "ik ben"/"I am" without being names. */
    static final Set<String> NOT_NAMES = words("nederlander", "klant", "customer", "student", "blij", "boos",
            "sorry", "not", "niet", "a", "an", "the", "de", "het", "een", "op", "in", "bij", "al", "nog", "ook", "erg",
            "heel", "zeer", "very", "so", "too", "really", "here", "hier", "looking", "trying", "on", "at", "with",
            "bezig", "aan", "thuis", "home", "verhuisd", "moved", "still", "nu", "now", "just", "net", "gisteren",
            "vandaag", "today", "english", "dutch", "engels", "nederlands", "dus", "so", "wel", "geen", "kunde", "kundin",
            // where someone comes from, in the words an introduction uses ("Ik ben Turks", "I'm Polish"); not "frans", a first name
            "turks", "marokkaans", "surinaams", "pools", "duits", "belgisch", "spaans", "italiaans", "antilliaans",
            "turkish", "moroccan", "polish", "german", "french", "belgian", "british", "american", "spanish", "italian",
            "français", "française", "belge", "allemand", "allemande", "marocain", "marocaine", "turc", "turque",
            "nicht", "sehr", "seit", "mit", "der", "die", "das", "ein", "eine", "client", "cliente", "très", "pas", "en", "à");
    /** Words that end a lower-case name ("ik heet jan en ik wil..."). */
    private static final Set<String> AFTER_NAME = words("en", "and", "ik", "i", "je", "jij", "u", "wil", "want", "wilde",
            "heb", "have", "had", "mijn", "my", "is", "was", "graag", "maar", "but", "uit", "from", "of", "or", "met",
            "with", "voor", "for", "over", "about", "bel", "call", "kan", "can", "wat", "what", "hoe", "how", "waar",
            "where", "zou", "would", "klant", "customer", "bestelling", "order", "und", "et", "hallo", "hello");
    private static final int MAX_WORDS = 4;

    private PersonNameDetector() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Trigger phrases by their first character, so one pass over the text finds them all. */
    private static final Map<Character, List<Trigger>> TRIGGERS = new HashMap<>();

    private record Trigger(String phrase, boolean capitalisedOnly) {
    }

    static {
        for (String phrase : STATING) {
            TRIGGERS.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(new Trigger(phrase, false));
        }
        for (String phrase : INTRODUCING) {
            TRIGGERS.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>()).add(new Trigger(phrase, true));
        }
    }

    /** The same for ASCII first characters, as an array: this lookup runs at every word start. */
    private static final Trigger[][] ASCII_TRIGGERS = new Trigger[128][];

    static {
        TRIGGERS.forEach((c, triggers) -> {
            if (c < 128) {
                ASCII_TRIGGERS[c] = triggers.toArray(Trigger[]::new);
            }
        });
    }

    /** Whether every trigger begins with a letter or digit, so that only word starts can hold one. */
    private static final boolean WORD_TRIGGERS = TRIGGERS.keySet().stream().allMatch(Character::isLetterOrDigit);

    static void detect(ScanText text) {
        String lower = text.lower();
        if (WORD_TRIGGERS) {
            int[] starts = text.wordStarts();
            for (int k = 0, count = text.wordStartCount(); k < count; k++) {
                triggersAt(text, lower, starts[k]);
            }
            return;
        }
        for (int at = 0; at < lower.length(); at++) {
            if (!text.isLetterOrDigit(at - 1)) {
                triggersAt(text, lower, at);
            }
        }
    }

    private static void triggersAt(ScanText text, String lower, int at) {
        char c = lower.charAt(at);
        Trigger[] triggers = c < 128 ? ASCII_TRIGGERS[c] : triggersOf(c);
        if (triggers == null) {
            return;
        }
        for (Trigger trigger : triggers) {
            if (lower.startsWith(trigger.phrase(), at)) {
                scan(text, lower, trigger.phrase(), at, trigger.capitalisedOnly());
            }
        }
    }

    private static Trigger[] triggersOf(char c) {
        List<Trigger> triggers = TRIGGERS.get(c);
        return triggers == null ? null : triggers.toArray(Trigger[]::new);
    }

    private static void scan(ScanText text, String lower, String phrase, int at, boolean capitalisedOnly) {
        int after = at + phrase.length();
        if (text.isLetterOrDigit(after) && Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
            return;
        }
        int start = after;
        while (start < text.length() && (text.at(start) == ' ' || text.at(start) == ',' || text.at(start) == ':'
                || text.at(start) == '\n' || text.at(start) == '\r' || text.at(start) == '-')) {
            start++;
        }
        // "Name: Dr. Friederike von Arnim": a title after the label is not the name (round seven of issue 14)
        // (not "M." in "Mijn naam is M. Jansen": a one-letter title is an initial too)
        for (int title = wordEndAt(text, start); title > start + 1 && title < text.length() && (text.at(title) == '.' || text.at(title) == ' ')
                && NameFeatures.TITLES.contains(lower.substring(start, title)); title = wordEndAt(text, start)) {
            start = title;
            while (start < text.length() && (text.at(start) == '.' || text.at(start) == ' ')) {
                start++;
            }
        }
        int end = nameEnd(text, lower, start, capitalisedOnly, LOWER_CASE_INTRODUCTIONS.contains(phrase));
        // German capitalises every noun ("Ich bin Selbstständiger"): there the word must be on a name list.
        if (end > start && phrase.equals("ich bin") && !NameLexicon.STANDARD.isFirstName(lower.substring(start, wordEndAt(text, start)))) {
            return;
        }
        if (end > start && Introduced.isIntroduction(phrase) && Introduced.notAName(text, lower, start, end)) {
            return;
        }
        if (end > start && acronym(text, lower, start)) {
            return; // "I'm HIV-positive", "I'm ADHD-coach": an abbreviation joined to a word, no name (round eleven of issue 14)
        }
        if (end > start && !NameFeatures.company(text, start, end)) {
            text.found(PersonalDataType.PERSON_NAME, start, end, capitalisedOnly ? 0.8 : 0.9, "name after \"" + phrase + "\"");
        }
    }

    private static int wordEndAt(ScanText text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.at(end)) || text.at(end) == '-')) {
            end++;
        }
        for (int k = start + 1; k < end; k++) {
            if (text.at(k) == '-') {
                return k; // "Anna-Lena": the first part is the listed name
            }
        }
        return end;
    }

    /** The end of a name starting at {@code start}, or {@code start} when none starts there. */
    private static int nameEnd(ScanText text, String lower, int start, boolean capitalisedOnly) {
        return nameEnd(text, lower, start, capitalisedOnly, false);
    }

    /**
     * A word of two to four capitals that no name list knows, joined by a hyphen or an apostrophe to a word in lower case
     * ("HIV-positive", "ADHD-coach", "ZZP'er"): an abbreviation. Not "I'm AJ", "I'm TJ-Jones" or "Ik ben DE VRIES".
     */
    private static boolean acronym(ScanText text, String lower, int start) {
        int end = wordEndAt(text, start);
        if (end - start < 2 || end - start > 4) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.at(i))) {
                return false;
            }
        }
        return end + 1 < text.length() && (text.at(end) == '-' || text.at(end) == '\'') && Character.isLowerCase(text.at(end + 1))
                && !NameLexicon.STANDARD.isFirstName(lower.substring(start, end));
    }

    /**
     * Introductions after which a first name typed in lower case still counts: "i'm jake", "ik ben sanne". Not "je
     * suis": French first names are adjectives too ("je suis claire", "rose de honte").
     */
    private static final Set<String> LOWER_CASE_INTRODUCTIONS = Set.of("ik ben", "i am", "i'm", "ich bin");

    private static int nameEnd(ScanText text, String lower, int start, boolean capitalisedOnly, boolean lowerCaseIntroduction) {
        int end = start;
        int words = 0;
        int i = start;
        while (words < MAX_WORDS && i < text.length()) {
            int wordEnd = i;
            while (wordEnd < text.length() && (Character.isLetter(text.at(wordEnd)) || text.at(wordEnd) == '-'
                    || text.at(wordEnd) == '\'' && wordEnd > i)) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String word = lower.substring(i, wordEnd);
            boolean capitalised = Character.isUpperCase(text.at(i));
            boolean particle = PARTICLES.contains(word) && words > 0;
            // An initial ("M. de Wit", "J.P. Balkenende") is a name word.
            boolean initial = wordEnd - i == 1 && capitalised && wordEnd < text.length() && text.at(wordEnd) == '.';
            if (initial) {
                while (wordEnd + 2 < text.length() && text.at(wordEnd) == '.' && Character.isUpperCase(text.at(wordEnd + 1))
                        && text.at(wordEnd + 2) == '.') {
                    wordEnd += 2;
                }
                wordEnd++;
                words++;
                end = wordEnd;
            } else if (!particle) {
                // "hi i'm jake": typed in lower case, a first word after an introduction counts when it is a first name
                // and no ordinary word ("ik ben blij", "i'm fine" are not names); then only that word.
                boolean lowerFirstName = capitalisedOnly && !capitalised && words == 0 && lowerCaseIntroduction
                        && NameLexicon.STANDARD.isFirstName(word) && !PersonNameModel.standard().isCommon(word)
                        && !NameFeatures.FUNCTION_WORDS.contains(word);
                if (NOT_NAMES.contains(word) || AFTER_NAME.contains(word) || capitalisedOnly && !capitalised && !lowerFirstName
                        || word.length() < 2) {
                    break;
                }
                if (lowerFirstName) {
                    return wordEnd;
                }
                words++;
                end = wordEnd;
            }
            if (wordEnd >= text.length() || text.at(wordEnd) != ' ') {
                break;
            }
            i = wordEnd + 1;
        }
        return end;
    }
}
