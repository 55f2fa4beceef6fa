package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

/**
 * Values shown as an example, quoted by a customer: "op het machtigingsformulier staat als voorbeeld NL91 ABNA …",
 * "Your website says 'Example: NL35 RABO …'", "In Ihrem Formular steht als Beispiel „IBAN: DE00 …"", "het formulier
 * toont 'NL00 BANK …' als voorbeeld", "la carte de test 4111 …". An organisation prints them on a form, a help page or
 * in a manual; they pass their checksums on purpose and identify no one. Every blind author of personal-data sets
 * since round eleven wrote some, each in other words, so this reads the act (a value introduced or followed by the
 * word for an example or a test value) rather than any author's sentence.
 *
 * <p>Not an example: the discourse "for example" ("bel me bijvoorbeeld op …", "zum Beispiel", "par exemple"), which
 * introduces the writer's own value as one of several; and any value with the writer's possessive or "I live" between
 * it and the cue, or just before it ("Example: mine is NL12 …", "zoals het voorbeeld: mijn IBAN is …"). Special
 * categories are never examples: a health fact is told, not printed on a form. Windows are bounded and stop at the
 * sentence, so the cost does not grow with the text.
 */
final class ExampleContext {

    /** Characters before the value searched for a cue, within its sentence. */
    private static final int BEFORE = 40;
    /** Characters after the value searched for a cue ("… als voorbeeld"), within its sentence. */
    private static final int AFTER = 30;

    /** The word for an example, a sample or a test value (lower case, the start of a word). */
    private static final String[] CUES = {"voorbeeld", "example", "sample", "beispiel", "exemple", "dummy", "placeholder",
            "fictief", "fictieve", "fictional", "fictitious", "fiktiv", "fictif", "fictive", "testkaart", "test card",
            "test-card", "testcard", "testkarte", "test-karte", "carte de test", "carte test", "testnummer", "test number",
            "testnumber", "test-iban", "test iban", "test-bsn", "test bsn", "testwaarde", "test value", "testwert",
            "valeur de test", "muster-iban", "musterwert", "mustereintrag", "modèle"};
    /** Cue words that are the discourse "for example": the writer offering one of several of their own values. */
    private static final String[] FOR_EXAMPLE = {"for example", "for instance", "zum beispiel", "beispielsweise",
            "par exemple", "by example", "sample size"};
    /** The writer's own: a value with these near it is not a printed example. */
    private static final String[] WRITERS_OWN = {"mijn", "my", "mein", "meine", "meiner", "meinen", "mon", "ma", "mes",
            "ik woon", "i live", "ich wohne", "j'habite", "mine", "le mien", "la mienne", "meins", "van mij"};

    private ExampleContext() {
    }

    /** Whether a finding of {@code type} at {@code start}..{@code end} (skeleton offsets) is shown as an example. */
    static boolean shownAsExample(ScanText text, PersonalDataType type, int start, int end) {
        if (type == PersonalDataType.SPECIAL_CATEGORY) {
            return false;
        }
        int from = Math.max(text.sentenceStart(start, BEFORE), start - BEFORE);
        int cue = lastCue(text, from, start);
        if (cue >= 0) {
            return !text.containsWordBetween(cue, start, WRITERS_OWN);
        }
        int after = lastCue(text, end, Math.min(text.sentenceEnd(end, AFTER), end + AFTER));
        return after >= 0 && !text.containsWordBetween(from, after, WRITERS_OWN);
    }

    /** The start of the last cue word in {@code from}..{@code to} that is not part of "for example", or -1. */
    private static int lastCue(ScanText text, int from, int to) {
        if (from >= to || !text.containsWordBetween(from, to, CUES)) {
            return -1; // the common case: one bounded pass, nothing found
        }
        String lower = text.lower();
        int last = -1;
        for (int at = from; at < to; at++) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1)) || inAddress(lower, at)) {
                continue;
            }
            for (String cue : CUES) {
                if (at + cue.length() <= to && lower.startsWith(cue, at) && !forExample(text, at)) {
                    last = at;
                }
            }
        }
        return last;
    }

    /**
     * Whether the word at {@code at} is part of an e-mail address or a web address ("sanne@example.nl",
     * "www.voorbeeld.nl/iban"): a domain, not a cue.
     */
    private static boolean inAddress(String lower, int at) {
        if (at > 0 && "@./".indexOf(lower.charAt(at - 1)) >= 0) {
            return true;
        }
        int end = at;
        while (end < lower.length() && Character.isLetterOrDigit(lower.charAt(end))) {
            end++;
        }
        return end + 1 < lower.length() && "@.".indexOf(lower.charAt(end)) >= 0 && Character.isLetter(lower.charAt(end + 1));
    }

    /** Whether the cue at {@code at} is part of a discourse "for example" that starts at most 4 characters before it. */
    private static boolean forExample(ScanText text, int at) {
        return text.containsWordBetween(Math.max(0, at - 4), Math.min(text.length(), at + 14), FOR_EXAMPLE);
    }
}
