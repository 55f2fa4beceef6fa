package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

/**
 * Secrets a customer types after a password or code word, in nl/en/de/fr: "mijn wachtwoord is Zomer2024!",
 * "password: hunter22", "mein Passwort lautet Sonnenblume77", "mon mot de passe était Marseille13!",
 * "temporary password (tmp-8XQ2-77)", and PINs and one-time login codes ("pincode 1234", "habe 1234 und 4321
 * probiert", "login code is 482 913").
 *
 * <p>After a password word the secret is the word after a joiner ("is", ":", "lautet", "était") within a few
 * words, or a word in brackets, or the very next word when it looks like a secret (a digit or a symbol). After
 * a PIN or code word, every run of 4 to 8 digits in the next words is a secret (people list the ones they
 * tried), but not an amount, a time or a duration.
 */
final class PasswordDetector {

    private static final String[] PASSWORD_WORDS = {"wachtwoord", "password", "passwd", "wachtwoordje", "passcode", "ww",
            "pw", "pwd", "kennwort", "passwort", "mot de passe", "mdp", "contraseña", "netwerksleutel", "wifi-sleutel",
            "network key", "security key", "wlan-schlüssel", "wlan-passwort", "netzwerkschlüssel", "clé wifi", "clé wi-fi",
            "clé de sécurité", "credentials", "inloggegevens", "zugangsdaten", "identifiants", "passphrase", "wachtwoorden",
            "passwords",
            // Issue 14, round fifteen: the wifi code by its other names
            "code wifi", "code wi-fi", "code du wifi", "wifi code", "wifi-code", "wlan-code"};
    private static final String[] CODE_WORDS = {"inlogcode", "toegangscode", "pincode", "pin code", "pin-code", "pin",
            "login code", "logincode", "verificatiecode", "verification code", "sms-code", "sms code", "one-time code",
            "code de connexion", "code pin", "code secret", "code de vérification", "bestätigungscode", "anmeldecode",
            "zugangscode", "puk", "beveiligingscode", "bevestigingscode", "security code", "code de sécurité",
            "sicherheitscode", "2fa", "otp", "authenticatiecode", "authentication code", "alarmcode", "pukcode", "sms-tan",
            "einmalcode", "code d'accès", "code confidentiel", "smscode", "tan-code",
            // Issue 14, round eleven: the codes of doors, gates and key safes, and the code that moves a number.
            "deurcode", "door code", "türcode", "code de la porte", "code de porte", "poortcode", "code van de poort",
            "gate code", "torcode", "code du portail", "digicode", "sleutelkluis", "sleutelkastje", "key safe", "key-safe",
            "keysafe", "schlüsseltresor", "schlüsselsafe", "schlüsselbox", "schlüsselkasten", "boîte à clés", "overstapcode", "porting code", "porteringscode",
            "portierungscode", "code rio",
            // round fifteen: the key safe by its everyday name (not "kluisje" alone: a station locker's number, an
            // independent review's example)
            "sleutelkluisje",
            // round twenty-three: a German bank's TAN ("TAN 482 991 eingegeben"), in capitals only (see detect)
            "tan"};
    /** Abbreviations that also mean other things ("the PW marking"): they count only with "is", ":" or "=". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("ww", "pw", "pwd", "mdp");
    private static final String[] JOINERS = {"is", "was", "=", ":", "luidt", "wordt", "ist", "est", "als", "lautet",
            "war", "était", "etait", "c'est", "heißt", "is:", "était:", "are", "zijn", "sind", "sont", "lautete"};
    /**
     * Joiners that also mean other things ("wachtwoord in de app", "changed it to ..."): the word after them counts
     * only when it looks like a secret (has a digit or a symbol).
     */
    private static final String[] WEAK_JOINERS = {"to", "in", "naar", "into", "auf", "en", "as", "→", "->",
            // "nu staat het op Huisje!Boompje88", "changé sur X" (round twenty-three): see STRONG_ONLY
            "op", "sur"};
    /**
     * Weak joiners that also stand before dates and places ("wachtwoord op 12-03 gewijzigd naar X"): the word after them
     * counts only when it is a strong secret (letters and digits, and a symbol or both cases).
     */
    private static final java.util.Set<String> STRONG_ONLY = java.util.Set.of("op", "sur");
    /** Second halves of compounds a code word opens, also when capitalised ("Schlüsselbox-Code", "PIN-Eingabe"). */
    private static final String[] COMPOUND_ENDS = {"code", "brief", "reset", "eingabe", "box", "scherm", "nummer", "nr",
            "wijziging", "vergeten", "änderung"};
    /** Numbers after these are what they say, not a code ("met pin betaald, bestelling 12345678"). */
    private static final String[] OTHER_NUMBER_WORDS = {"bestel", "order", "factuur", "invoice", "klant", "tel", "bestellung",
            "commande", "rechnung", "facture", "kunden", "client", "customer",
            // The last digits of a card, not a code: "pinpas eindigt op 3240", "card ending 0065".
            "eindigt op", "eindigend op", "ending", "ends in", "ends with", "endet auf", "endend auf", "se termine par",
            "finissant par", "se terminant par", "laatste 4", "laatste vier", "last 4", "last four", "letzten vier"};
    /** Words before a year: "pincode werkt sinds 2021 niet" is no code 2021. */
    private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of("sinds", "since", "seit", "depuis", "in", "en",
            "im", "van", "from", "tot", "until", "bis", "jusqu'en", "vanaf", "ab", "jaar", "year", "jahr", "année");
    private static final int WORDS_TO_JOINER = 8;
    private static final int CODE_WINDOW = 60;
    /** Characters joining digit groups into a longer number ("06-12345678", "+31", "12/03"): a code stands alone. */
    private static final String PART_OF_NUMBER = "-/.+,";

    private PasswordDetector() {
    }

    static void detect(ScanText text) {
        String lower = text.lower();
        text.eachOccurrence(PASSWORD_WORDS, (at, word) -> {
            int after = compoundEnd(text, at + word.length());
            if (text.isLetterOrDigit(at - 1) || text.isLetterOrDigit(after) && !lower.startsWith("je", after)
                    || at > 0 && (lower.charAt(at - 1) == '/' || lower.charAt(at - 1) == '.' || lower.charAt(at - 1) == '\'')) {
                return;
            }
            if (!secretAfter(text, lower, word, after) && !triedSecrets(text, lower, after)) {
                if (!typedSecret(text, lower, after)) {
                    nextSentenceSecret(text, lower, after);
                }
            }
        });
        text.eachOccurrence(CODE_WORDS, (at, word) -> {
            if (word.equals("tan") && !tanNumberAfter(text, at)) {
                return; // a German bank's TAN: in capitals, digits right after it, no year ("kleur TAN, maat 43", "SELF TAN 2024")
            }
            int after = compoundEnd(text, at + word.length());
            if (text.isLetterOrDigit(at - 1) || text.isLetterOrDigit(after) && !(lower.startsWith("s", after) && !text.isLetterOrDigit(after + 1))) {
                return;
            }
            if (!secretAfter(text, lower, word, after) && !digitCodes(text, lower, after)) {
                typedSecret(text, lower, after);
            }
        });
        // A bare "code" is a login code when the sentence is about logging in or a code sent by text: "le code reçu par
        // SMS (447812)", "the code you texted me (552910)", "wachtwoord gereset maar de nieuwe code 839201".
        text.eachOccurrence(BARE_CODE, (at, word) -> {
            int after = at + word.length();
            if (text.isLetterOrDigit(at - 1) || text.isLetterOrDigit(after) && !(lower.startsWith("s", after) && !text.isLetterOrDigit(after + 1))) {
                return;
            }
            if (partOfCodeWord(lower, at) || OTHER_CODES.contains(text.wordBefore(at, 2))) {
                return; // "reference code 778812", "dossiercode": a code of another kind (round twenty-three's review)
            }
            boolean login = text.precededBy(at, 50, LOGIN_CONTEXT) || text.followedBy(after, 25, LOGIN_CONTEXT) || fraud(text, at, after);
            if (login || keyCode(text, at, after)) {
                digitCodes(text, lower, after);
            }
        });
    }

    private static final String[] BARE_CODE = {"code"};
    /** Words before a bare "code" that name a code of another kind. */
    private static final java.util.Set<String> OTHER_CODES = java.util.Set.of("reference", "referentie", "dossier", "case",
            "melding", "zaak", "aktenzeichen", "référence", "error", "fout", "fehler", "erreur", "kortings", "discount",
            "promo", "actie", "product", "artikel");
    /** Error messages, discounts and leaflets around a bare "code": no key's code ("error code 2301 on the alarm panel"). */
    private static final String[] NOT_A_KEY_CODE = {"error", "fout", "storing", "fehler", "erreur", "korting", "discount",
            "promo", "actie", "folder", "rabatt", "réduction", "coupon", "voucher", "bevestiging", "confirmation",
            "bestätigung", "besteld", "bestelling", "ordered", "bestellt", "commandé"};
    /** Verbs of handing a code over, which a fraud word needs before a bare "code" counts (round twenty-three's review). */
    private static final String[] HANDED_OVER = {"doorgegeven", "gegeven", "ingevuld", "ingetoetst", "gave", "given", "told",
            "entered", "typed", "genannt", "gegeben", "eingegeben", "donné", "communiqué", "saisi", "tapé"};
    private static final String[] FRAUD = {"fraude", "fraud", "phishing", "betrug", "arnaque", "oplicht", "scam"};

    /** A code given away to a fraudster: a fraud word and a verb of handing over in the sentence ("… en heb de code 719 442 doorgegeven"). */
    private static boolean fraud(ScanText text, int at, int after) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), after + 40);
        return text.containsWordBetween(from, to, FRAUD) && text.containsWordBetween(from, to, HANDED_OVER);
    }

    private static final String[] TAN_JOINERS = {"ist ", "war ", "lautet "};

    /** Whether "TAN" in capitals stands at {@code at} with digits right after it (a colon, "ist" or "war" between), not a year. */
    private static boolean tanNumberAfter(ScanText text, int at) {
        if (!text.text().startsWith("TAN", at)) {
            return false;
        }
        String lower = text.lower();
        int i = skipSpaceAndColon(text, at + 3);
        for (String joiner : TAN_JOINERS) {
            if (lower.startsWith(joiner, i)) {
                i = skipSpaceAndColon(text, i + joiner.length());
            }
        }
        if (!text.isDigit(i)) {
            return false;
        }
        return !(i + 4 <= text.length() && (lower.startsWith("19", i) || lower.startsWith("20", i)) && text.isDigit(i + 3)
                && !text.isLetterOrDigit(i + 4));
    }

    /**
     * Words of keys, key boxes, lockers and doors, which make a bare "code" the code that opens them (round twenty-three
     * of issue 14): "keys are back in the lockbox (code 7391)", "Kluisje 114 zit vast, mijn code is 0505", "Le casier 42
     * ne s'ouvre plus avec mon code 1966". Not Dutch "door" (by, through): "de deur", "the door".
     */
    private static final String[] KEY_STEMS = {"sleutel", "kluis", "lockbox", "lock box", "key box", "keybox", "schlüssel",
            "casier", "locker", "schließfach", "spind", "portiek", "portail"};
    /** The same, for short words that must stand whole: "deur" is no "Deurne", "key" no "keyboard" (the review's). */
    private static final String[] KEY_WORDS = {"keys", "key", "clé", "clés", "deur", "voordeur", "achterdeur", "door", "tür",
            "haustür", "porte", "poort", "gate"};

    /** A bare "code" near a key box, locker or door, with no error, discount, leaflet or order around it. */
    private static boolean keyCode(ScanText text, int at, int after) {
        return (keyWordBetween(text, Math.max(0, at - 60), at) || keyWordBetween(text, after, Math.min(text.length(), after + 25)))
                && !text.containsWordBetween(Math.max(0, at - 30), Math.min(text.length(), after + 30), NOT_A_KEY_CODE);
    }

    private static boolean keyWordBetween(ScanText text, int from, int to) {
        return text.containsWordBetween(from, to, KEY_STEMS) || text.containsWholeWordBetween(from, to, KEY_WORDS);
    }

    /** Whether the "code" at {@code at} is part of a code word found on its own ("sms code", "code pin"). */
    private static boolean partOfCodeWord(String lower, int at) {
        for (String word : CODE_WORDS) {
            if (word.length() > 4 && lower.startsWith(word, at)
                    || word.endsWith("code") && word.length() > 4 && at + 4 >= word.length() && lower.startsWith(word, at + 4 - word.length())) {
                return true;
            }
        }
        return false;
    }
    /** Words of logging in and of codes sent by text, which make a bare "code" a login code. */
    private static final String[] LOGIN_CONTEXT = {"sms", "texted", "text message", "got a text", "a text asking", "gesms", "ge-sms", "inlog", "login", "log in",
            "logging in", "wachtwoord", "password", "passwort", "mot de passe", "anmeld", "einlogg", "connexion", "connecter",
            "verifi", "vérifi", "authenti", "2fa", "tweestaps", "two-factor", "zwei-faktor", "double authentification"};

    /** The secret after a password word, if any; true when one was found. */
    private static boolean secretAfter(ScanText text, String lower, String word, int after) {
        // The secret follows a joiner within a few words ("wachtwoord dat ik gebruik is X") or stands in brackets;
        // without either, it is the next word when it looks like a secret (has a digit or a symbol).
        int i = skipSpaceAndColon(text, after);
        int next = wordEnd(text, i);
        String skipped = text.text().substring(after, i);
        boolean joined = skipped.indexOf(':') >= 0 || skipped.indexOf('=') >= 0;
        int firstStart = i;
        int firstEnd = next;
        for (int words = 0; words < WORDS_TO_JOINER && !joined && i < text.length(); words++) {
            String token = lower.substring(i, next);
            if (token.length() > 4 && token.charAt(0) == '(' && looksSecret(token)) {
                int end = token.endsWith(")") ? next - 1 : next;
                text.found(PersonalDataType.PASSWORD, i + 1, end, 0.85, "secret in brackets after a password word");
                return true;
            }
            if (token.endsWith(".") || token.endsWith("?") || token.endsWith("!")) {
                break; // the sentence ends: a joiner after it belongs to another sentence
            }
            joined = isJoinerOnly(token) || isJoinerOnly(token.replace(":", "")) || token.endsWith(":") || token.endsWith("=");
            boolean weak = !joined && isWeakJoiner(token);
            i = skipSpaceAndColon(text, next);
            // "mot de passe provisoire : Xy12", "Passwort (neu): ab12": a colon after a few words joins too.
            joined |= text.text().substring(next, i).indexOf(':') >= 0 || text.text().substring(next, i).indexOf('=') >= 0;
            next = wordEnd(text, i);
            String afterWeak = weak && i < text.length() ? text.text().substring(i, next).replaceAll("[.,!?]+$", "") : "";
            if (weak && i < text.length() && (STRONG_ONLY.contains(token) ? strong(afterWeak) && hasSymbol(afterWeak) : looksSecret(afterWeak))) {
                joined = true;
            }
            if (joined && i < text.length() && commonWord(lower.substring(i, next))) {
                joined = false; // "the password to my account is X": look on for the joiner of the secret
            }
        }
        if (!joined) {
            // Without a joiner only the very next word can be the secret, and only if it looks like one.
            String first = text.text().substring(firstStart, firstEnd);
            // "ww Zomer2024": an abbreviation counts without a joiner only before a strong secret (letters and digits).
            boolean strong = first.length() >= 6 && first.chars().anyMatch(Character::isDigit) && first.chars().anyMatch(Character::isLetter);
            if (ABBREVIATIONS.contains(word) && !strong || !looksSecret(first)) {
                return false;
            }
            i = firstStart;
            next = firstEnd;
        }
        // Trailing punctuation stays inside the span: it may be part of the secret; a comma after it does not.
        int end = next;
        if (end > i && text.at(end - 1) == ',') {
            end--;
        }
        // "482 913", "7 7 1 0 4 2": a code written in groups of digits.
        if (allDigits(text, i, end)) {
            end = Math.max(end, groupedDigitsEnd(text, lower, i, end));
        }
        if (end - i >= 3 && !isJoinerOnly(lower.substring(i, end)) && !commonWord(lower.substring(i, end))) {
            text.found(PersonalDataType.PASSWORD, i, end, 0.9, "word after a password word");
            return true;
        }
        return false;
    }

    /** Verbs of trying a secret: "J'ai essayé X et Y", "ik heb X geprobeerd", "tried X". */
    private static final String[] TRIED = {"essayé", "geprobeerd", "probeerde", "tried", "probiert", "versucht", "ingevoerd",
            "entered", "eingegeben", "tapé", "ingetypt", "typed"};
    /** Words between the secrets a customer lists ("X et Y", "X or Y"). */
    private static final java.util.Set<String> LIST_WORDS = java.util.Set.of("et", "and", "en", "und", "of", "or", "ou",
            "oder", "ook", "also", "auch", "aussi", "dan", "then", "puis", "daarna");
    private static final int TRIED_WINDOW = 80;
    private static final int TRIED_WORDS = 6;

    /**
     * Secrets listed after a verb of trying, within {@value #TRIED_WINDOW} characters of a password word ("j'ai oublié
     * mon mot de passe. J'ai essayé Bruxelles2023 et bruxelles2023!"): every word in the next few that looks like
     * a secret (a digit or a symbol), the list words between them skipped.
     */
    private static boolean triedSecrets(ScanText text, String lower, int from) {
        boolean found = false;
        int limit = Math.min(text.length(), from + TRIED_WINDOW);
        int at = from;
        String verb = null;
        // A bounded search: only the window after the password word is read, whatever the length of the text.
        for (; at < limit && verb == null; at++) {
            if (text.isLetterOrDigit(at - 1) || !Character.isLetter(lower.charAt(at))) {
                continue;
            }
            for (String candidate : TRIED) {
                if (lower.startsWith(candidate, at) && !text.isLetterOrDigit(at + candidate.length())) {
                    verb = candidate;
                    break;
                }
            }
        }
        if (verb != null) {
            at--;
            int i = skipSpaceAndColon(text, at + verb.length());
            for (int words = 0; words < TRIED_WORDS && i < text.length(); words++) {
                int next = wordEnd(text, i);
                int end = next;
                while (end > i && ",;".indexOf(text.at(end - 1)) >= 0) {
                    end--;
                }
                String token = text.text().substring(i, end);
                String bare = token.replaceAll("[.!?]+$", "");
                if (looksSecret(bare) && bare.chars().anyMatch(Character::isLetterOrDigit) && !text.claimed(i)) {
                    // A full stop or question mark ends the sentence, not the secret; "!" may be part of it.
                    int secretEnd = token.endsWith(".") || token.endsWith("?") ? i + bare.length() : end;
                    text.found(PersonalDataType.PASSWORD, i, secretEnd, 0.85, "secret tried, after a password word");
                    found = true;
                } else if (!LIST_WORDS.contains(lower.substring(i, end))) {
                    break;
                }
                if (token.endsWith(".") || token.endsWith("?")) {
                    break;
                }
                i = skipSpaceAndColon(text, next);
            }
        }
        return found;
    }

    /** Verbs of typing a secret in, which in Dutch and German stand after it ("terwijl ik X intyp", "wenn ich X eingebe"). */
    private static final String[] TYPING = {"intyp", "invul", "invoer", "ingeef", "eingebe", "eintippe", "tippe", "type in",
            "enter", "saisis", "tape"};
    /** Joiners of a secret told in the sentence after the password word: "Het huidige is X", "it was something like X". */
    private static final java.util.Set<String> NEXT_JOINERS = java.util.Set.of("is", "was", "like", "ist", "war", "lautet",
            "était", "est", "luidt", "als", "wie", "comme",
            // what someone wrote or said it was (round twenty-three): "host wrote sunflower#42", "de verhuurder schreef X";
            // not the present ("de app zegt Fout404"), nor "dit" (Dutch "this")
            "wrote", "said", "gave", "schreef", "zei", "gaf", "schrieb", "sagte", "gab");
    private static final int NEXT_SENTENCE_WINDOW = 90;

    /**
     * A strong secret (letters and digits, and a symbol or mixed case: "Zomer2024!") right before a verb of typing
     * it in, within {@value #CODE_WINDOW} characters after a password or code word: "'ongeldige inlogcode' terwijl ik
     * echt Zomer2024! intyp".
     */
    private static boolean typedSecret(ScanText text, String lower, int from) {
        int limit = Math.min(text.length(), from + CODE_WINDOW);
        int i = from;
        while (i < limit) {
            if (Character.isWhitespace(text.at(i))) {
                i++;
                continue;
            }
            int end = wordEnd(text, i);
            int verb = skipSpaceAndColon(text, end);
            if (strong(text.text().substring(i, end)) && verb < text.length() && verb == end + 1 && startsWithWord(text, lower, verb, TYPING)
                    && !text.claimed(i)) {
                text.found(PersonalDataType.PASSWORD, i, end, 0.85, "secret before a verb of typing it, after a password word");
                return true;
            }
            i = end;
        }
        return false;
    }

    /**
     * The secret told in the sentence after the one with the password word, after a joiner, when it is strong:
     * "Kunt u het Wi-Fi wachtwoord resetten? Het huidige is bakkerij-Hoorn-22", "I forgot my password. I think it
     * was something like Daniel#2019".
     */
    private static void nextSentenceSecret(ScanText text, String lower, int from) {
        int limit = Math.min(text.length(), from + NEXT_SENTENCE_WINDOW);
        int i = from;
        while (i < limit && ".?!".indexOf(text.at(i)) < 0) {
            if (text.at(i) == '\n') {
                return;
            }
            i++;
        }
        boolean joined = false;
        i = i + 1;
        for (int words = 0; words < 10 && i < limit; words++) {
            while (i < limit && text.at(i) == ' ') {
                i++;
            }
            int end = wordEnd(text, i);
            String token = text.text().substring(i, end);
            String bare = token.replaceAll("[.,!?]+$", "");
            if (joined && strong(bare) && !errorCode(bare) && !text.claimed(i)) {
                text.found(PersonalDataType.PASSWORD, i, i + bare.length(), 0.8, "strong secret in the sentence after a password word");
                return;
            }
            if (token.endsWith(".") || token.endsWith("?") || token.endsWith("!") || end == i) {
                return;
            }
            joined |= NEXT_JOINERS.contains(lower.substring(i, end));
            i = end;
        }
    }

    /** An error code shown on a screen: "Fout404", "Erreur-403", "ERR_55". */
    private static boolean errorCode(String token) {
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("err") || lower.startsWith("fout") || lower.startsWith("fehler"); // "err" holds "error", "erreur"
    }

    /** "Huisje!Boompje88" has one, "iPhone15" and "Windows10" do not (round twenty-three's review). */
    private static boolean hasSymbol(String token) {
        return token.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }

    /** Letters and digits, and a symbol inside or both cases: "Zomer2024!", "bakkerij-Hoorn-22", "Daniel#2019". */
    private static boolean strong(String token) {
        if (token.length() < 6 || token.length() > 40) {
            return false;
        }
        boolean digit = false;
        boolean lowerCase = false;
        boolean upperCase = false;
        boolean symbol = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            digit |= Character.isDigit(c);
            lowerCase |= Character.isLowerCase(c);
            upperCase |= Character.isUpperCase(c);
            symbol |= !Character.isLetterOrDigit(c);
        }
        return digit && lowerCase && (symbol || upperCase) && token.indexOf('@') < 0 && token.indexOf("://") < 0;
    }

    private static boolean startsWithWord(ScanText text, String lower, int at, String[] words) {
        for (String word : words) {
            if (lower.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    /** Runs of 4 to 8 digits after a PIN or code word: the codes a customer gives or tried. */
    private static boolean digitCodes(ScanText text, String lower, int from) {
        boolean found = false;
        int limit = Math.min(text.length(), from + CODE_WINDOW);
        int i = from;
        while (i < limit) {
            if (!text.isDigit(i) || text.isLetterOrDigit(i - 1) || i > 0 && PART_OF_NUMBER.indexOf(text.at(i - 1)) >= 0
                    || i > 1 && text.at(i - 1) == ' ' && text.isDigit(i - 2) && !(text.isDigit(i + 1) && text.isDigit(i + 2) && text.isDigit(i + 3))) {
                // short groups after a number are its rest: "06-39 48 20 11" (a code of four or more digits may follow one)
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.isDigit(end)) {
                end++;
            }
            int length = end - i;
            int grouped = groupedDigitsEnd(text, lower, i, end);
            if (grouped > end) {
                length = digitCount(text, i, grouped);
                end = grouped;
            }
            boolean unit = lower.startsWith(" sec", end) || lower.startsWith(" min", end) || lower.startsWith(" uur", end)
                    || lower.startsWith(" euro", end) || lower.startsWith(" keer", end) || lower.startsWith(" times", end)
                    || lower.startsWith(" mal", end) || lower.startsWith(" fois", end);
            boolean amount = i > 0 && (text.at(i - 1) == '€' || text.at(i - 1) == '$' || text.at(i - 1) == '\u00A4');
            boolean year = length == 4 && (lower.startsWith("19", i) || lower.startsWith("20", i)) && YEAR_WORDS.contains(text.wordBefore(i, 3));
            if (length >= 4 && length <= 8 && !text.isLetterOrDigit(end) && !unit && !amount && !year && !text.claimed(i)
                    && !text.precededBy(i, 20, OTHER_NUMBER_WORDS)
                    && (end >= text.length() || text.at(end) != ':' && (PART_OF_NUMBER.indexOf(text.at(end)) < 0 || !text.isDigit(end + 1)))) {
                text.found(PersonalDataType.PASSWORD, i, end, 0.85, "code after a PIN or code word");
                found = true;
            }
            i = end;
        }
        return found;
    }

    /** Words before a time of day: "de sms-code om 10 30" is no code 1030. */
    private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("om", "at", "um", "à", "vers", "rond", "tegen",
            "gegen", "around", "tussen", "between", "zwischen", "entre", "sinds", "since", "seit", "depuis");

    /**
     * The end of a code typed in groups of digits one space apart, starting with the group {@code i..end}: "448 019",
     * "7 7 1 0 4 2", "4480 1923" (round seven of issue 14). The groups are of one size (a lone digit each, or all of
     * the first group's length), four to eight digits together, and nothing but a space and no digit follows: a
     * phone number ("06 12 34 56 78"), a date ("12 03 2024") or a time ("om 10 30") is none. Returns {@code end} when
     * there is no such code.
     */
    private static int groupedDigitsEnd(ScanText text, String lower, int i, int end) {
        int size = end - i;
        if (size > 4 || TIME_WORDS.contains(text.wordBefore(i, 3))) {
            return end;
        }
        int grouped = end;
        int digits = size;
        // lone digits may also be joined by dashes, as a code is read out ("code 2-7-1-9", round fifteen)
        while (grouped + 1 < text.length() && (text.at(grouped) == ' ' || size == 1 && text.at(grouped) == '-')
                && text.isDigit(grouped + 1)) {
            int group = grouped + 1;
            while (group < text.length() && text.isDigit(group)) {
                group++;
            }
            if (group - grouped - 1 != size || digits + size > 8) {
                return end;
            }
            digits += size;
            grouped = group;
        }
        boolean moreDigits = grouped + 1 < text.length() && (text.at(grouped) == ' ' || text.at(grouped) == '-') && text.isDigit(grouped + 1);
        return grouped > end && digits >= 4 && !moreDigits && !text.isLetterOrDigit(grouped) ? grouped : end;
    }

    private static int digitCount(ScanText text, int from, int to) {
        int digits = 0;
        for (int k = from; k < to; k++) {
            digits += text.isDigit(k) ? 1 : 0;
        }
        return digits;
    }

    private static boolean allDigits(ScanText text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!text.isDigit(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words after a joiner that are no secret: "my password is wrong", "mijn pincode is geblokkeerd". */
    private static boolean commonWord(String token) {
        String word = token.replaceAll("[.!?,]+$", "");
        return !looksSecret(word) && word.chars().allMatch(Character::isLetter) && word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean looksSecret(String token) {
        return token.length() >= 4 && token.chars().anyMatch(c -> Character.isDigit(c) || !Character.isLetterOrDigit(c))
                && !contraction(token);
    }

    /** Letters around one apostrophe, trailing punctuation aside: "doesn't", "isn't", "c'est" are words, not secrets. */
    private static boolean contraction(String token) {
        String word = token.replaceAll("[.,!?;:]+$", "");
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        if (apostrophe <= 0 || apostrophe == word.length() - 1) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (k != apostrophe && !Character.isLetter(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJoinerOnly(String token) {
        for (String joiner : JOINERS) {
            if (token.equals(joiner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWeakJoiner(String token) {
        for (String joiner : WEAK_JOINERS) {
            if (token.equals(joiner)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a compound a password or code word opens with a hyphen ("Schlüsselbox-Code", "PUK-code",
     * "pincode-brief"): what follows the compound is the secret, not its second half (round twenty-three).
     */
    private static int compoundEnd(ScanText text, int after) {
        // "wifi-wachtwoord-Zonnebloem!": a capital after the hyphen may be the secret itself, unless a known second half
        if (after + 1 < text.length() && text.at(after) == '-' && Character.isLetter(text.at(after + 1))
                && (Character.isLowerCase(text.at(after + 1)) || startsWithWord(text, text.lower(), after + 1, COMPOUND_ENDS))) {
            int end = after + 1;
            while (end < text.length() && Character.isLetter(text.at(end))) {
                end++;
            }
            // "toegangscode-TX4491": letters running into digits are the secret, not a compound
            return end < text.length() && Character.isDigit(text.at(end)) ? after : end;
        }
        return after;
    }

    private static int skipSpaceAndColon(ScanText text, int i) {
        while (i < text.length() && (text.at(i) == ' ' || text.at(i) == ':' || text.at(i) == '=' || text.at(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int wordEnd(ScanText text, int i) {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.at(end)) && end - i < 128) {
            end++;
        }
        return end;
    }
}
