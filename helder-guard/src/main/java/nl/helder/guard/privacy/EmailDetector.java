package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * E-mail addresses: around each '@' the longest plausible local part and domain, confirmed by Commons
 * Validator's e-mail rules (no DNS look-up). Each character is looked at a bounded number of times, because
 * '@' itself ends every expansion.
 */
final class EmailDetector {

    private static final EmailValidator EMAILS = EmailValidator.getInstance(false, true);
    private static final int MAX_LOCAL = 64;
    private static final int MAX_DOMAIN = 253;

    private EmailDetector() {
    }

    static void detect(ScanText text) {
        String s = text.text();
        int n = s.length();
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start < MAX_LOCAL && isLocal(s.charAt(start - 1))) {
                start--;
            }
            while (start < at && s.charAt(start) == '.') {
                start++;
            }
            int end = at + 1;
            while (end < n && end - at <= MAX_DOMAIN && isDomain(s.charAt(end))) {
                end++;
            }
            while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--;
            }
            if (start < at && end > at + 1 && EMAILS.isValid(s.substring(start, end)) && !functionMailbox(text, start, s.substring(start, at), s.substring(at + 1, end))) {
                text.found(PersonalDataType.EMAIL, start, end, 0.99, "e-mail address");
            }
        }
        for (String marker : AT_MARKERS) {
            for (int at = text.lower().indexOf(marker); at >= 0; at = text.lower().indexOf(marker, at + marker.length())) {
                obfuscated(text, at, at + marker.length(), marker.charAt(0) == ' ');
            }
        }
    }

    /**
     * Mailboxes of a function, not of a person ("info@…", "noreply@…", "klantenservice@…", "service-client@…"): the
     * addresses customers quote from a letter or a phishing mail (round seven of issue 14). Only the whole local part,
     * or a first part before a hyphen or underscore that only a function uses ("noreply-nl@…"); "info.jansen@…" stays a person's.
     */
    private static final java.util.Set<String> ROLES = java.util.Set.of("info", "noreply", "no-reply", "donotreply", "do-not-reply",
            "service", "services", "klantenservice", "kundenservice", "customerservice", "customer-service", "customercare", "support",
            "helpdesk", "servicedesk", "contact", "admin", "billing", "facturen", "facturatie", "invoices", "rechnung", "sales",
            "verkoop", "office", "hello", "hallo", "team", "webmaster", "security", "abuse", "privacy", "kundendienst",
            "service-client", "serviceclient", "serviceclients", "administratie", "boekhouding", "reception", "receptie",
            "klachten", "complaints", "beschwerden", "reclamations", "newsletter", "nieuwsbrief", "notifications", "alerts");

    /** Function words that make a local part a function's even with more after a hyphen or underscore ("noreply-nl"). */
    private static final java.util.Set<String> ROLE_STARTS = java.util.Set.of("noreply", "donotreply", "info", "klantenservice",
            "kundenservice", "customerservice", "support", "helpdesk", "servicedesk");

    /** Mail services where everyone has a mailbox of their own: "info-pieter@gmail.com" is Pieter's. */
    private static final java.util.Set<String> PERSONAL_MAIL_DOMAINS = java.util.Set.of("gmail", "googlemail", "hotmail", "outlook",
            "live", "msn", "yahoo", "icloud", "me", "ziggo", "kpnmail", "kpnplanet", "planet", "xs4all", "hetnet", "home", "chello",
            "gmx", "web", "t-online", "freenet", "orange", "laposte", "free", "sfr", "wanadoo", "proton", "protonmail", "telenet",
            "skynet", "mail", "posteo");
    /** The writer naming the address as their own: "mijn mailadres is info@…", "my personal address". */
    private static final String[] OWN = {"mijn", "my ", "mein", "meine", "mon ", "ma ", "persoonlijk", "personal", "persönlich",
            "personnel", "eigen", "own"};

    /**
     * Whether an address is a function's mailbox (see {@link #ROLES}) and so no one's personal data: a role local part on
     * the organisation's own domain, not on a mail service everyone uses, and not named by the writer as their own
     * (an independent review's examples: "mijn mailadres is info@pietjansen.nl", "info-pieter.bakker@gmail.com").
     */
    static boolean functionMailbox(ScanText text, int start, String local, String domain) {
        if (!roleAddress(local)) {
            return false;
        }
        String lowerDomain = domain.toLowerCase(java.util.Locale.ROOT);
        int dot = lowerDomain.indexOf('.');
        if (PERSONAL_MAIL_DOMAINS.contains(dot > 0 ? lowerDomain.substring(0, dot) : lowerDomain)) {
            return false;
        }
        return !text.precededBy(start, 40, OWN);
    }

    static boolean roleAddress(String local) {
        String lower = local.toLowerCase(java.util.Locale.ROOT);
        int cut = 0;
        while (cut < lower.length() && lower.charAt(cut) != '-' && lower.charAt(cut) != '_') {
            cut++;
        }
        return ROLES.contains(lower) || cut < lower.length() && ROLE_STARTS.contains(lower.substring(0, cut));
    }

    /** Ways people hide the '@' from spam robots: "ralf.becker(at)posteo.de", "kevin punt dekker at gmail punt com". */
    private static final String[] AT_MARKERS = {"(at)", "[at]", "{at}", "(@)", " at ", " apenstaartje ", " arobase ",
            " bij ", " chez "};
    /** Spelled-out dots: "punt", "dot", "point", "punkt". */
    private static final java.util.Set<String> DOTS = java.util.Set.of("punt", "dot", "point", "punkt", "(dot)", "[dot]", "(punt)");
    /** Top-level domains a spelled-out address must end in; without one "at" is just a word. */
    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("com", "nl", "be", "de", "fr", "org", "net", "eu",
            "info", "io", "uk", "ch", "at", "lu", "es", "it", "nu", "email", "me");
    private static final int MAX_WORDS = 5;

    /**
     * An address with its '@' (and perhaps its dots) written out, around the marker {@code markerStart..markerEnd}:
     * the local part's words before it, joined by dots or spelled dots, the domain's after it, ending in a known
     * top-level domain. A plain " at " counts only with a spelled dot on the domain side ("gmail punt com").
     * Normalised, the address must pass the validator. Look-around is bounded by {@value #MAX_WORDS} words a side.
     */
    private static void obfuscated(ScanText text, int markerStart, int markerEnd, boolean spaced) {
        String s = text.text();
        String lower = text.lower();
        // Domain side: word (dot word)+ ending in a top-level domain.
        StringBuilder domain = new StringBuilder();
        int p = markerEnd;
        while (!spaced && p < s.length() && p - markerEnd < 2 && s.charAt(p) == ' ') {
            p++;
        }
        int domainStart = p;
        int end = -1;
        boolean spelledDot = false;
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordEnd = p;
            while (wordEnd < s.length() && wordEnd - p < MAX_LOCAL && isDomainWordChar(s.charAt(wordEnd))) {
                wordEnd++;
            }
            while (wordEnd > p && (s.charAt(wordEnd - 1) == '.' || s.charAt(wordEnd - 1) == '-')) {
                wordEnd--; // a full stop after the address ends the sentence
            }
            if (wordEnd == p) {
                break;
            }
            String word = lower.substring(p, wordEnd);
            domain.append(word);
            // A written dot inside the word ("posteo.de") or a spelled dot after it ("gmail punt com").
            int lastDot = word.lastIndexOf('.');
            if (lastDot > 0 && TOP_LEVEL.contains(word.substring(lastDot + 1))) {
                end = wordEnd;
            }
            if (words > 0 && TOP_LEVEL.contains(word)) {
                end = wordEnd;
            }
            int next = wordEnd;
            while (next < s.length() && s.charAt(next) == ' ') {
                next++;
            }
            int dotEnd = next;
            while (dotEnd < s.length() && s.charAt(dotEnd) != ' ') {
                dotEnd++;
            }
            if (next > wordEnd && dotEnd < s.length() && DOTS.contains(lower.substring(next, dotEnd))) {
                spelledDot = true;
                domain.append('.');
                p = dotEnd + 1;
            } else {
                break;
            }
        }
        if (end < 0 || spaced && !spelledDot) {
            return;
        }
        domain.setLength(0);
        domain.append(normalise(lower.substring(domainStart, end)));
        // Local side: words before the marker, joined by dots or spelled dots.
        int start = markerStart;
        StringBuilder local = new StringBuilder();
        int q = markerStart;
        while (!spaced && q > 0 && markerStart - q < 2 && s.charAt(q - 1) == ' ') {
            q--; // "j.smit [at] ziggo.nl"
        }
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordStart = q;
            while (wordStart > 0 && q - wordStart < MAX_LOCAL && isLocal(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == q) {
                break;
            }
            start = wordStart;
            local.insert(0, lower, wordStart, q);
            int before = wordStart;
            while (before > 0 && wordStart - before < 2 && s.charAt(before - 1) == ' ') {
                before--;
            }
            int tokenStart = before;
            while (tokenStart > 0 && before - tokenStart < 8 && s.charAt(tokenStart - 1) != ' ') {
                tokenStart--;
            }
            if (before == wordStart || tokenStart == before || !DOTS.contains(lower.substring(tokenStart, before))) {
                break;
            }
            local.insert(0, '.');
            q = tokenStart;
            while (q > 0 && tokenStart - q < 2 && s.charAt(q - 1) == ' ') {
                q--;
            }
        }
        if (start >= markerStart) {
            return;
        }
        String address = local + "@" + domain;
        if (EMAILS.isValid(address) && !functionMailbox(text, start, local.toString(), domain.toString())) {
            text.found(PersonalDataType.EMAIL, start, end, 0.9, "e-mail address written out");
        }
    }

    /** "gmail punt com" → "gmail.com": spelled dots and spaces out. */
    private static String normalise(String spelled) {
        StringBuilder out = new StringBuilder();
        for (String word : spelled.trim().split(" +")) {
            out.append(DOTS.contains(word) ? "." : word);
        }
        return out.toString();
    }

    private static boolean isDomainWordChar(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '.' || c == '-' : Character.isLetterOrDigit(c);
    }

    private static boolean isLocal(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0)
                || c >= 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isDomain(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '.' || c == '-' : Character.isLetterOrDigit(c);
    }
}
