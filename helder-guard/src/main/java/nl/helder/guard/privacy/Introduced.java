package nl.helder.guard.privacy;

import java.util.List;
import java.util.Set;

/**
 * What follows "ik ben", "I am", "I'm", "ich bin" or "je suis" when it is not a person's name. Both name detectors ask
 * it: the rule after an introduction ({@link PersonNameDetector}) and the model ({@link PersonNameModel}), after its
 * decision, so that the model and its training stay as they are.
 */
final class Introduced {

    private Introduced() {
    }

    /**
     * Where someone comes from, as an introduction says it ("Ik ben Amsterdammer", "Ik ben Marokkaanse"): inhabitants of
     * a town or country and the inflected adjectives. The plain adjectives ("turks", "polish", "belge") are in the name
     * rule's {@link PersonNameDetector#NOT_NAMES}, which {@link #notAName} also asks: one word, one list. Not the
     * inhabitants that are also Dutch surnames (Engelsman, Fransman, Spanjaard, Hagenaar, Brabander, Tukker, Drent:
     * session eighteen's review), nor "Fries", a first name too.
     */
    private static final Set<String> ORIGINS = Set.of("turkse", "marokkaanse", "surinaamse", "poolse", "duitse",
            "belgische", "nederlandse", "spaanse", "italiaanse", "antilliaanse", "amsterdammer", "amsterdamse",
            "rotterdammer", "rotterdamse", "utrechter", "utrechtse", "groninger", "groningse", "twentenaar", "duitser",
            "marokkaan", "surinamer", "antilliaan", "italiaan", "amerikaan", "belg", "dutchman", "dutchwoman", "deutscher",
            "deutsche", "niederländer", "niederländerin", "belgier", "belgierin", "türke", "türkin", "marokkaner",
            "marokkanerin");
    /** "Ik ben Ziggo-klant", "I'm Vodafone customer": a company's customer or subscriber, not a name. */
    private static final Set<String> CUSTOMER_WORDS = Set.of("klant", "klante", "customer", "kunde", "kundin", "client", "cliente",
            "abonnee", "subscriber", "gebruiker", "user", "nutzer", "nutzerin", "abonné", "abonnée");

    /**
     * After "ik ben", "I am", "ich bin", "je suis": whether {@code text[start, end)}, which a name rule or the name model
     * took for a name, is one word that names something else. An origin ("Ik ben Turks", "Ik ben Amsterdammer"); a
     * belief, which the special categories report ("I am Jewish"), unless a first name ("Ik ben Christian"); a word of
     * ordinary text in capitals unless a name list knows it ("Vodafone-klant"; "Ik ben Visser" stays); a company before a customer word
     * ("Ik ben Ziggo klant"; "ik ben Lisa klant bij jullie" stays). Two or more words are a name ("Ramadan Berisha",
     * "Gay Robinson": session eighteen's review).
     */
    static boolean notAName(ScanText text, String lower, int start, int end) {
        int firstEnd = start;
        while (firstEnd < text.length() && Character.isLetter(text.at(firstEnd))) {
            firstEnd++;
        }
        int fullEnd = firstEnd;
        while (fullEnd < text.length() && (Character.isLetter(text.at(fullEnd)) || text.at(fullEnd) == '-')) {
            fullEnd++;
        }
        if (end > fullEnd) {
            return false;
        }
        String first = lower.substring(start, firstEnd);
        boolean firstName = NameLexicon.STANDARD.isFirstName(first);
        boolean listed = firstName || NameLexicon.STANDARD.isSurname(first);
        // a belief yields only to a first name: a surname list may share it ("Muslim" is a surname too)
        if (ORIGINS.contains(first) || PersonNameDetector.NOT_NAMES.contains(first)
                || !firstName && SpecialCategoryDetector.isCategoryWord(lower, start, firstEnd)
                || !listed && PersonNameModel.standard().isCommon(lower.substring(start, fullEnd))) {
            return true;
        }
        int next = fullEnd;
        while (next < text.length() && text.at(next) == ' ') {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.at(nextEnd))) {
            nextEnd++;
        }
        return !listed && next > fullEnd && nextEnd > next && CUSTOMER_WORDS.contains(lower.substring(next, nextEnd));
    }

    /** Whether "ik ben", "i am", "i'm", "ich bin" or "je suis" stands right before {@code start} (spaces between). */
    static boolean afterIntroduction(String lower, int start) {
        int end = start;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == start) {
            return false;
        }
        for (String introduction : INTRODUCTIONS) {
            int from = end - introduction.length();
            if (from >= 0 && lower.startsWith(introduction, from) && (from == 0 || !Character.isLetterOrDigit(lower.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> INTRODUCTIONS = List.of("ik ben", "i am", "i'm", "ich bin", "je suis");

    /** Whether {@code phrase} is one of the introductions this class knows ("ik ben", "i am", "i'm", "ich bin", "je suis"). */
    static boolean isIntroduction(String phrase) {
        return INTRODUCTIONS.contains(phrase);
    }
}
