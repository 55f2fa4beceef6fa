package nl.helder.guard.privacy;

import java.util.Set;

/**
 * What follows "ik ben", "I am", "I'm" or "ich bin" when it is not a person's name. Both name detectors ask it: the
 * rule after an introduction ({@link PersonNameDetector}) and the model ({@link PersonNameModel}), after its decision, so
 * that the model and its training stay as they are.
 */
final class Introduced {

    private Introduced() {
    }

    /** Inhabitants of a place or country, capitalised as names are ("Ik ben Amsterdammer"); none a common surname. */
    private static final Set<String> DEMONYMS = Set.of("amsterdammer", "rotterdammer", "hagenaar", "utrechter", "groninger",
            "brabander", "drent", "tukker", "twentenaar", "duitser", "marokkaan", "surinamer", "antilliaan", "engelsman",
            "fransman", "italiaan", "spanjaard", "amerikaan", "belg", "deutscher", "deutsche", "niederländer", "niederländerin",
            "belgier", "belgierin", "néerlandais", "néerlandaise", "anglais", "anglaise", "belgian", "dutchman", "dutchwoman");
    /** "Ik ben Ziggo-klant", "I'm Vodafone customer": a company's customer, member or user, not a name. */
    private static final Set<String> CUSTOMER_WORDS = Set.of("klant", "klante", "customer", "kunde", "kundin", "client", "cliente",
            "abonnee", "subscriber", "gebruiker", "user", "lid", "member", "mitglied", "nutzer", "nutzerin", "abonné", "abonnée");

    /**
     * After "ik ben", "I am", "ich bin": what an introduction names that is not a person's name. A belief or an origin
     * ("I am Jewish", the special categories report it; "Ik ben Turks", "Ik ben Amsterdammer"), a word of ordinary text
     * in capitals ("Ik ben Gepensioneerd", "Vodafone-klant") unless a name list knows it ("Ik ben Visser"), and a
     * company before a customer word ("Ik ben Ziggo klant").
     */
    static boolean notAName(ScanText text, String lower, int start, int end) {
        int firstEnd = start;
        while (firstEnd < text.length() && Character.isLetter(text.at(firstEnd))) {
            firstEnd++;
        }
        String first = lower.substring(start, firstEnd);
        int fullEnd = firstEnd;
        while (fullEnd < text.length() && (Character.isLetter(text.at(fullEnd)) || text.at(fullEnd) == '-')) {
            fullEnd++;
        }
        String whole = lower.substring(start, fullEnd);
        // a belief yields only to a first name ("Christian"), which a surname list may share ("Muslim" is a surname too)
        boolean firstName = NameLexicon.STANDARD.isFirstName(first);
        if (DEMONYMS.contains(first) || !firstName && SpecialCategoryDetector.isCategoryWord(lower, start, firstEnd)
                || !firstName && !NameLexicon.STANDARD.isSurname(first) && PersonNameModel.standard().isCommon(whole)) {
            return true;
        }
        int next = end;
        while (next < text.length() && text.at(next) == ' ') {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < text.length() && Character.isLetter(text.at(nextEnd))) {
            nextEnd++;
        }
        return next > end && nextEnd > next && CUSTOMER_WORDS.contains(lower.substring(next, nextEnd));
    }

    /** Whether "ik ben", "i am", "i'm" or "ich bin" stands right before {@code start} (spaces between). */
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

    private static final String[] INTRODUCTIONS = {"ik ben", "i am", "i'm", "ich bin"};
}
