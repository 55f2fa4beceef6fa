package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.util.EnumSet;
import java.util.Set;

/**
 * Values shown as an example, quoted by a customer: "op het machtigingsformulier staat als voorbeeld NL91 ABNA …",
 * "Your website says 'Example: NL35 RABO …'", "In Ihrem Formular steht als Beispiel „IBAN: DE00 …"", "het formulier
 * toont NL91 … als voorbeeld", "la carte de test 4111 …". An organisation prints them on a form, a help page or in a
 * manual; they pass their checksums on purpose and identify no one. Every blind author of personal-data sets since
 * round eleven wrote some, each in other words, so this reads the act (the word for an example or a test value that
 * introduces the value itself) rather than any author's sentence (round twenty-nine).
 *
 * <p>The cue must <em>introduce</em> the value: between them stand only punctuation, quotes and a few words that name
 * the field ("Beispiel „IBAN: DE00 …"", "l'exemple de plaque est AB-123-CD"), or it follows the value as "als
 * voorbeeld", "as an example". Anything else between ("a product sample never arrived, call me on 06 …", "een
 * voorbeeld: gisteren belde ik vanaf 06 …", "zoals in het voorbeeld: onze IBAN is …") leaves the value personal data,
 * and so does the discourse "for example" ("bel me bijvoorbeeld op …"). Only identifiers that forms print as
 * examples are read this way: numbers, plates and postcodes, not names, e-mail addresses or health. Windows are bounded,
 * so the cost does not grow with the text. An independent review of the first version found real values lost to a cue
 * anywhere in 40 characters; this is the narrowed form.
 */
final class ExampleContext {

    /** Characters before the value searched for a cue, within its sentence. */
    private static final int BEFORE = 40;

    /** Types a form or help page prints as an example. */
    private static final Set<PersonalDataType> TYPES = EnumSet.of(PersonalDataType.IBAN, PersonalDataType.BSN,
            PersonalDataType.CARD, PersonalDataType.PHONE, PersonalDataType.LICENCE_PLATE, PersonalDataType.POSTCODE,
            PersonalDataType.ID_DOCUMENT);

    /** The word for an example or a test value (lower case, the start of a word). */
    private static final String[] CUES = {"voorbeeld", "example", "beispiel", "exemple", "dummy", "placeholder",
            "testkaart", "test card", "test-card", "testcard", "testkarte", "test-karte", "carte de test", "carte test",
            "testnummer", "test number", "testnumber", "test-iban", "test iban", "test-bsn", "test bsn", "testwaarde",
            "test value", "testwert", "valeur de test", "muster-iban", "musterwert", "mustereintrag"};
    /** Cue words that are the discourse "for example": the writer offering one of several of their own values. */
    private static final String[] FOR_EXAMPLE = {"for example", "for instance", "zum beispiel", "beispielsweise",
            "par exemple", "by example"};
    /**
     * Words that may stand between a cue and the value it introduces: the field's name, an article, a copula ("l'exemple
     * de plaque est", "als Beispiel „IBAN:", "testkaart nummer").
     */
    private static final Set<String> FIELD_WORDS = Set.of("iban", "bsn", "nummer", "number", "nr", "no", "kenteken", "plate",
            "plaque", "numéro", "numero", "kaart", "card", "karte", "carte", "kaartnummer", "kartennummer",
            "telefoon", "telefoonnummer", "phone", "tel", "telefon", "téléphone", "postcode", "postleitzahl", "plz", "de", "het", "die", "der", "das", "le", "la", "l", "is", "ist", "est", "van", "of", "voor", "for",
            "für", "pour", "the", "a", "an", "een", "ein", "eine", "un", "une", "staat", "says", "steht", "indique", "toont",
            "shows", "zeigt", "montre", "kennzeichen", "rekeningnummer", "account", "konto", "compte", "bsn-nummer");
    /** After the value, as a label of it: "NL91 … als voorbeeld", "(example)". */
    private static final String[] AS_EXAMPLE = {"als voorbeeld", "as an example", "as example", "als beispiel", "comme exemple",
            "en exemple", "(voorbeeld", "(example", "(beispiel", "(exemple", "is een voorbeeld", "is an example",
            "ist ein beispiel", "est un exemple"};
    /** How far after the value a label may start: a closing quote or bracket and a space. */
    private static final int LABEL_GAP = 4;

    private ExampleContext() {
    }

    /** Whether a finding of {@code type} at {@code start}..{@code end} (skeleton offsets) is shown as an example. */
    static boolean shownAsExample(ScanText text, PersonalDataType type, int start, int end) {
        if (!TYPES.contains(type)) {
            return false;
        }
        int from = Math.max(text.sentenceStart(start, BEFORE), start - BEFORE);
        int cueEnd = lastCueEnd(text, from, start);
        if (cueEnd >= 0 && onlyFieldWords(text.lower().substring(cueEnd, start))) {
            return true;
        }
        int to = Math.min(text.sentenceEnd(end, LABEL_GAP + 20), end + LABEL_GAP + 20);
        for (int at = end; at <= Math.min(to, end + LABEL_GAP); at++) {
            for (String label : AS_EXAMPLE) {
                if (at + label.length() <= to && text.lower().startsWith(label, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of the last cue word in {@code from}..{@code to} that is not part of "for example", or -1. */
    private static int lastCueEnd(ScanText text, int from, int to) {
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
                    int end = at + cue.length();
                    while (end < to && Character.isLetter(lower.charAt(end))) {
                        end++; // the rest of the word: "voorbeeldnummer", "examples"
                    }
                    last = end;
                }
            }
        }
        return last;
    }

    /** Whether {@code gap} (lower case, words split at anything but letters and digits) holds nothing but punctuation, quotes, spaces and the words of {@link #FIELD_WORDS}. */
    private static boolean onlyFieldWords(String gap) {
        if (gap.length() > BEFORE) {
            return false;
        }
        for (String word : gap.split("[^\\p{L}\\p{N}]+")) { // the gap is cut from the lower-case text
            if (!word.isEmpty() && !FIELD_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
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
