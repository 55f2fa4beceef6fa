package nl.helder.guard.privacy;

import nl.helder.guard.text.WordTable;

import java.util.Set;

/**
 * Animals customers keep, insure, bring to a vet or take on a trip, in nl/en/de/fr, and the breeds they call them by.
 * One list for two judgements: a health word right after a pet is the animal's condition ({@link SpecialCategoryDetector}),
 * and a name right after a pet, or followed by one in apposition, is the pet's name ({@link PersonNameModel}): "onze hond
 * Bobbie", "Kater Felix", "Ik reis met Bobby, mijn cavia", "Lotte (Dackel)". Round nineteen of issue 14 for health,
 * round twenty-three for names. Not "chat": a chat is the product the customer types in.
 */
final class Pets {

    /** Animals, singular and plural ("onze honden Max en Bobby"). */
    static final WordTable<Boolean> ANIMALS = WordTable.of(Set.of("hond", "hondje", "honden", "pup", "puppy", "kat", "katje",
            "katten", "poes", "poesje", "kater", "katertje", "konijn", "konijntje", "cavia", "hamster", "fret", "parkiet",
            "papegaai", "kanarie", "schildpad", "paard", "pony", "dog", "dogs", "cat", "cats", "kitten", "rabbit", "ferret",
            "parrot", "budgie", "tortoise", "horse", "hund", "hunde", "hündin", "welpe", "katze", "katzen", "kaninchen",
            "meerschweinchen", "papagei", "wellensittich", "schildkröte", "pferd", "chien", "chiens", "chienne", "chiot",
            "chatte", "chaton", "lapin", "furet", "perroquet", "perruche", "tortue", "cheval"));
    /** The German animals, which German capitalises and so may open a run of capitalised words ("Kater Felix"). */
    private static final WordTable<Boolean> GERMAN = WordTable.of(Set.of("hund", "hunde", "hündin", "welpe", "kater", "katze",
            "katzen", "kaninchen", "meerschweinchen", "papagei", "wellensittich", "schildkröte", "pferd", "dackel"));
    /** Breeds, which stand for the animal: "Bobbie (labrador, 9 jaar)", "onze labrador Max". */
    static final WordTable<Boolean> BREEDS = WordTable.of(Set.of("labrador", "labradoodle", "retriever", "dackel", "teckel",
            "poedel", "pudel", "caniche", "beagle", "chihuahua", "terriër", "terrier", "husky", "herder", "schäferhund",
            "spaniel", "bulldog", "bouledogue", "boxer", "maltezer", "cockapoo", "golden", "siamees", "perzer", "kooiker"));

    private Pets() {
    }

    /** Whether the word {@code lower[start, end)} is an animal or a breed. */
    static boolean isPet(String lower, int start, int end) {
        return ANIMALS.contains(lower, start, end) || BREEDS.contains(lower, start, end);
    }

    /**
     * Whether the name candidate {@code [start, end)} names a pet: a pet word right before it (a title between allowed:
     * "our cat Mr. Whiskers"), its first word a pet when it has more ("Kater Felix"), or a pet in apposition right after
     * it, after a comma or a bracket and at most one article or possessive ("Bobby, mijn cavia", "Lotte (Dackel)").
     */
    static boolean named(ScanText text, int start, int end, boolean severalWords) {
        String lower = text.lower();
        int wordEnd = start;
        while (wordEnd < end && Character.isLetter(lower.charAt(wordEnd))) {
            wordEnd++;
        }
        // Only German writes the animal with a capital, so only a German animal opens a pet's name: "Kat Jansen" is a person
        if (severalWords && GERMAN.contains(lower, start, wordEnd)) {
            return true;
        }
        int before = previousWordStart(lower, start, false);
        if (before >= 0 && TITLES.contains(lower, before, wordEndFrom(lower, before))) {
            before = previousWordStart(lower, before, false);
        } else if (before < 0) {
            // "our cat Mr. Whiskers": a full stop is skipped only after a title, never at a sentence's end ("… voor mijn
            // kat. Marloes Visser", round twenty-three's review)
            int title = previousWordStart(lower, start, true);
            before = title >= 0 && TITLES.contains(lower, title, wordEndFrom(lower, title)) ? previousWordStart(lower, title, false) : -1;
        }
        // breeds only in apposition: "Herder" and "Boxer" are surnames too
        if (before >= 0 && ANIMALS.contains(lower, before, wordEndFrom(lower, before))) {
            return true;
        }
        // "mijn hond heet Bobbie", "our cat is called Oscar", "mon chien s'appelle Gaston"
        if (before >= 0 && NAMED.contains(lower, before, wordEndFrom(lower, before))) {
            for (int back = 0, w = before; back < 3 && w >= 0; back++) {
                w = previousWordStart(lower, w, false);
                if (w >= 0 && ANIMALS.contains(lower, w, wordEndFrom(lower, w))) {
                    return true;
                }
            }
        }
        return !greetedBefore(lower, start) && petInApposition(lower, end);
    }

    private static final WordTable<Boolean> TITLES = WordTable.of(NameFeatures.TITLES);
    private static final WordTable<Boolean> DETERMINERS = WordTable.of(Set.of("mijn", "onze", "ons", "de", "het", "een", "my", "our", "the", "a",
            "mein", "meine", "unser", "unsere", "der", "die", "das", "mon", "ma", "notre", "le", "la"));

    /** Verbs of naming between a pet and its name. */
    private static final WordTable<Boolean> NAMED = WordTable.of(Set.of("heet", "heette", "heißt", "hieß", "named", "called",
            "appelle", "nommé", "nommée"));

    /** Greetings and thanks before a name: "Beste Karin, onze kat is weer beter" addresses a person. */
    private static final WordTable<Boolean> GREETINGS = WordTable.of(Set.of("beste", "hoi", "hallo", "hi", "hey", "dear",
            "hello", "dank", "bedankt", "thanks", "thank", "liebe", "lieber", "bonjour", "chère", "cher", "merci"));

    private static boolean greetedBefore(String lower, int start) {
        int before = previousWordStart(lower, start, false);
        if (before < 0) {
            return false;
        }
        if (GREETINGS.contains(lower, before, wordEndFrom(lower, before))) {
            return true;
        }
        // "Dank je Thomas", "Thank you Hannah"
        int earlier = previousWordStart(lower, before, false);
        return earlier >= 0 && GREETINGS.contains(lower, earlier, wordEndFrom(lower, earlier));
    }

    /**
     * A pet in apposition right after the name, closed by a comma, a bracket or the end of the sentence: "Bobby, mijn
     * cavia, in een reismand", "Lotte (Dackel)"; not "Karin, onze kat is weer beter" (round twenty-three's review).
     */
    private static boolean petInApposition(String lower, int end) {
        int i = end;
        int n = lower.length();
        if (i >= n || lower.charAt(i) != ',' && lower.charAt(i) != '(' && !(lower.charAt(i) == ' ' && i + 1 < n && lower.charAt(i + 1) == '(')) {
            return false;
        }
        for (int words = 0; words < 2; words++) {
            while (i < n && (lower.charAt(i) == ' ' || lower.charAt(i) == ',' || lower.charAt(i) == '(')) {
                i++;
            }
            int wordEnd = wordEndFrom(lower, i);
            if (wordEnd == i) {
                return false;
            }
            if (isPet(lower, i, wordEnd)) {
                return closed(lower, wordEnd);
            }
            if (!DETERMINERS.contains(lower, i, wordEnd)) {
                return false;
            }
            i = wordEnd;
        }
        return false;
    }

    /** The start of the word before {@code position} (spaces skipped, and a full stop if {@code overStop}), or -1. */
    private static int previousWordStart(String lower, int position, boolean overStop) {
        int p = position;
        while (p > 0 && lower.charAt(p - 1) == ' ') {
            p--;
        }
        if (overStop && p > 0 && lower.charAt(p - 1) == '.') {
            p--;
        }
        int wordEnd = p;
        while (p > 0 && Character.isLetter(lower.charAt(p - 1))) {
            p--;
        }
        return p < wordEnd ? p : -1;
    }

    private static boolean closed(String lower, int position) {
        int p = position;
        while (p < lower.length() && lower.charAt(p) == ' ') {
            p++;
        }
        return p >= lower.length() || ",)].!?;\n".indexOf(lower.charAt(p)) >= 0;
    }

    private static int wordEndFrom(String lower, int start) {
        int end = start;
        while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        return end;
    }
}
