package nl.helder.guard.injection;

import nl.helder.guard.text.Tokens;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message undone of the disguises attackers use, so that patterns and model see what a model would read.
 * Hidden Unicode tag characters are decoded (they spell ASCII invisibly), zero-width characters and combining
 * marks are dropped, compatibility forms (full-width letters) folded, Cyrillic and Greek look-alikes mapped
 * to Latin, compatibility forms (full-width, mathematical letters) to plain letters, leetspeak inside words read as letters ({@code 1gn0r3} is {@code ignore}), spaced-out letters joined
 * ({@code i g n o r e}) and base64 or hex runs that decode to text kept as payloads to assess on their own.
 *
 * <p>Every step is a single pass: the whole normalisation is linear in the text's length.
 *
 * @param folded      lower case, accent-free text with the disguises undone, one space between words
 * @param payloads    texts decoded from base64, hex or ROT13, text spelt in Unicode tag characters, and the
 *                    message backwards when it says it is written backwards
 * @param disguises   which disguises were found, as short reasons
 */
record InjectionText(String folded, List<String> payloads, Set<String> disguises) {

    /** Longer input is assessed on its first part and its last part: the server caps messages far below this. */
    static final int MAX_CHARS = 200_000;
    private static final int MIN_ENCODED_RUN = 16;
    private static final int MAX_PAYLOADS = 8;

    private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();

    static InjectionText of(String text) {
        String input = text.length() <= MAX_CHARS ? text
                : text.substring(0, MAX_CHARS / 2) + "\n" + text.substring(text.length() - MAX_CHARS / 2);
        Set<String> disguises = new LinkedHashSet<>();
        List<String> payloads = new ArrayList<>();
        String visible = revealHidden(input, disguises, payloads);
        decodeRuns(visible, payloads, disguises);
        for (String rot13 : SimpleCiphers.rot13Segments(visible)) {
            if (payloads.size() < MAX_PAYLOADS) {
                payloads.add(rot13);
                disguises.add("ROT13-encoded text");
            }
        }
        String joined = joinSpacedLetters(joinSeparatedLetters(fold(visible, disguises), disguises), disguises);
        String folded = joinCompounds(readLeetspeak(joined, disguises));
        String backwards = SimpleCiphers.reversedIfAnnounced(folded);
        if (backwards != null && payloads.size() < MAX_PAYLOADS) {
            payloads.add(backwards);
        }
        return new InjectionText(folded, List.copyOf(payloads), Set.copyOf(disguises));
    }

    /**
     * A customer's own account number written in two words is one thing, as Dutch and German write it: "mon numéro
     * client", "klant nummer", "Kunden Nummer" are "mon numeroclient", "klantnummer", "kundennummer", so that "client"
     * in "donnez-moi mon numéro client" is not read as another customer. Only after "mon"/"notre": in "le numéro de
     * client de chaque abonné" the client is someone else.
     */
    private static final String[][] COMPOUNDS = {
            {"mon numero de client", "mon numeroclient"}, {"mon numero client", "mon numeroclient"},
            {"notre numero de client", "notre numeroclient"}, {"notre numero client", "notre numeroclient"},
            {"klant nummer", "klantnummer"}, {"kunden nummer", "kundennummer"}};

    static String joinCompounds(String folded) {
        if (folded.indexOf("numero") < 0 && folded.indexOf(" nummer") < 0) {
            return folded;
        }
        String joined = folded;
        for (String[] compound : COMPOUNDS) {
            joined = replaceWords(joined, compound[0], compound[1]);
        }
        return joined;
    }

    /** {@code text} with every whole-word occurrence of {@code words} replaced; one pass per call. */
    private static String replaceWords(String text, String words, String replacement) {
        StringBuilder out = null;
        int from = 0;
        int at = text.indexOf(words);
        while (at >= 0) {
            int after = at + words.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)));
            if (whole) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, at).append(replacement);
                from = after;
            }
            at = text.indexOf(words, after);
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /**
     * Drops zero-width and other invisible format characters and decodes Unicode tag characters (U+E0020 to
     * U+E007E spell ASCII nobody sees). A tag run after a black flag is an emoji subdivision flag and is left.
     */
    private static String revealHidden(String text, Set<String> disguises, List<String> payloads) {
        if (!mayHideText(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder tags = new StringBuilder();
        int invisibleInWords = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0xE0000 && c <= 0xE007F) {
                if (previous != 0x1F3F4 && c >= 0xE0020 && c <= 0xE007E) {
                    tags.append((char) (c - 0xE0000));
                } else {
                    previous = 0x1F3F4;
                }
                continue;
            }
            if (isInvisible(c)) {
                int next = i < text.length() ? text.codePointAt(i) : -1;
                if (Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(next)) {
                    invisibleInWords++;
                }
                continue;
            }
            out.appendCodePoint(c);
            previous = c;
        }
        if (tags.length() > 0) {
            disguises.add("hidden text in Unicode tag characters");
            payloads.add(tags.toString());
        }
        if (invisibleInWords > 0) {
            disguises.add("zero-width characters inside words");
        }
        return out.toString();
    }

    /** Whether the text has invisible characters or tag characters (which are encoded with high surrogate U+DB40). */
    private static boolean mayHideText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xAD && (c == 0xDB40 || isInvisible(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x00AD
                || c == 0x180E || c == 0x034F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Lower case without accents, in one pass: combining marks dropped, full-width and other compatibility
     * forms (mathematical letters, circled letters) replaced by their plain letters, Cyrillic and Greek
     * look-alikes by the Latin letters they imitate. Reports stacked marks and look-alikes inside Latin words.
     */
    private static String fold(String text, Set<String> disguises) {
        Chars out = new Chars(text.length());
        int marks = 0;
        boolean latinInWord = false;
        boolean lookAlikeInWord = false;
        for (int i = 0; i < text.length(); ) {
            char ascii = text.charAt(i);
            if (ascii < 128) {
                // Most text is ASCII: lower case it without the code point and character-class machinery below.
                i++;
                char lower = ascii >= 'A' && ascii <= 'Z' ? (char) (ascii + 32) : ascii == '\n' || ascii == '\t' || ascii == '\r' ? ' ' : ascii;
                out.append(lower);
                marks = 0;
                if (lower >= 'a' && lower <= 'z') {
                    latinInWord = true;
                } else if (latinInWord || lookAlikeInWord) {
                    lookAlikeInWord = reportLookAlikes(latinInWord, lookAlikeInWord, disguises);
                    latinInWord = false;
                }
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c <= 0xFFFF && Tokens.isMark((char) c)) {
                if (++marks == 4) {
                    disguises.add("stacked combining marks");
                }
                continue;
            } else if (c <= 0xFFFF && HOMOGLYPHS.containsKey((char) c)) {
                out.append(HOMOGLYPHS.get((char) c).charValue());
                lookAlikeInWord = true;
                marks = 0;
                continue;
            } else if (Character.isLetterOrDigit(c)) {
                String plain = Character.isSupplementaryCodePoint(c) || c >= 0x2000
                        ? Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD) : String.valueOf((char) c);
                out.append(Tokens.foldAccents(plain.toLowerCase(Locale.ROOT)));
            } else {
                // Symbols, emoji and typographic punctuation carry no instruction; a space keeps the text one
                // byte per character, which makes everything after this several times faster.
                out.append(Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : symbol(c));
            }
            marks = 0;
            if (Character.isLetter(c)) {
                latinInWord |= c < 0x250;
            } else {
                lookAlikeInWord = reportLookAlikes(latinInWord, lookAlikeInWord, disguises);
                latinInWord = false;
            }
        }
        reportLookAlikes(latinInWord, lookAlikeInWord, disguises);
        return out.toString();
    }

    /** Typographic quotes and dashes as their ASCII forms (markers are written in ASCII), other symbols as a space. */
    private static char symbol(int c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\u2026' -> '.';
            default -> ' ';
        };
    }

    /** Adds the look-alike disguise when a word mixed both; returns the reset state. */
    private static boolean reportLookAlikes(boolean latinInWord, boolean lookAlikeInWord, Set<String> disguises) {
        if (latinInWord && lookAlikeInWord) {
            disguises.add("Cyrillic or Greek look-alike letters in Latin words");
        }
        return false;
    }

    /**
     * Base64 or hex runs that decode to readable text are payloads: a customer has no reason to send encoded
     * text, and an attacker encodes exactly what the patterns would otherwise see.
     */
    private static void decodeRuns(String text, List<String> payloads, Set<String> disguises) {
        int i = 0;
        while (i < text.length() && payloads.size() < MAX_PAYLOADS) {
            if (!isBase64Char(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isBase64Char(text.charAt(end))) {
                end++;
            }
            if (end - i >= MIN_ENCODED_RUN) {
                String run = text.substring(i, end);
                String decoded = isHex(run) ? decodeHex(run) : decodeBase64(run);
                if (decoded != null && readable(decoded)) {
                    payloads.add(decoded);
                    disguises.add(isHex(run) ? "hex-encoded text" : "base64-encoded text");
                }
            }
            i = end;
        }
    }

    private static boolean isBase64Char(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '='
                || c == '-' || c == '_';
    }

    private static boolean isHex(String run) {
        if (run.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < run.length(); i++) {
            if (Character.digit(run.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String decodeHex(String run) {
        byte[] bytes = new byte[run.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(run, 2 * i, 2 * i + 2, 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String decodeBase64(String run) {
        String standard = run.replace('-', '+').replace('_', '/');
        int padding = standard.indexOf('=');
        String data = padding >= 0 ? standard.substring(0, padding) : standard;
        if (data.length() % 4 == 1) {
            data = data.substring(0, data.length() - 1);
        }
        try {
            return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Mostly letters and spaces, with at least two words: tracking codes and order numbers decode to noise. */
    private static boolean readable(String decoded) {
        if (decoded.length() < 8) {
            return false;
        }
        int letters = 0;
        int spaces = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == ' ') {
                spaces++;
            } else if (c < 0x20 && c != '\n' && c != '\t' || c == '\uFFFD') {
                return false;
            }
        }
        return spaces >= 1 && (letters + spaces) * 10 >= decoded.length() * 7;
    }

    /**
     * Reads digits and symbols inside words as the letters they stand for. Only words that mix letters with
     * such characters are read; codes (three digits in a row: "VW5012955", "3SKAAA1234567"), amounts, e-mail
     * addresses and names ending in "++" stay as they are.
     */
    private static String readLeetspeak(String text, Set<String> disguises) {
        if (!hasLeetNextToLetter(text)) {
            return collapseSpaces(text);
        }
        Chars out = new Chars(text.length());
        int wordsRead = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.last() != ' ') {
                    out.append(' ');
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            boolean read = isLeetspeak(text, i, end);
            for (int k = i; k < end; k++) {
                char w = text.charAt(k);
                char letter = read ? leetLetter(w) : 0;
                out.append(letter != 0 ? letter : w);
            }
            wordsRead += read ? 1 : 0;
            i = end;
        }
        if (wordsRead >= 2) {
            disguises.add("leetspeak");
        }
        return out.toString();
    }

    private static boolean hasLeetNextToLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (leetLetter(text.charAt(i)) != 0 && ((i > 0 && Character.isLetter(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    private static String collapseSpaces(String text) {
        Chars out = new Chars(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || (out.length() > 0 && out.last() != ' ')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isLeetspeak(String text, int start, int end) {
        int letters = 0;
        int digitRun = 0;
        int at = -1;
        boolean leetNextToLetter = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
            } else if (leetLetter(c) != 0) {
                boolean letterBefore = k > start && Character.isLetter(text.charAt(k - 1));
                boolean letterAfter = k + 1 < end && Character.isLetter(text.charAt(k + 1));
                leetNextToLetter |= letterBefore || letterAfter;
                at = c == '@' ? k : at;
            }
            digitRun = Character.isDigit(c) ? digitRun + 1 : 0;
            if (digitRun >= 3) {
                return false;
            }
        }
        boolean email = at >= 0 && text.indexOf('.', at) >= 0 && text.indexOf('.', at) < end;
        boolean languageName = end - start >= 3 && text.startsWith("++", end - 2); // c++, g++
        return letters >= 1 && leetNextToLetter && !email && !languageName;
    }

    private static char leetLetter(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!', '|' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7', '+' -> 't';
            case '8' -> 'b';
            default -> 0;
        };
    }

    /**
     * "i g n o r e  a l l": letters standing alone, separated by single spaces, become one word; two spaces
     * end a word. A run needs four letters, or two in a text that is mostly spaced out ("w a t  i s"). Runs
     * before white space is collapsed, which would lose those word boundaries.
     */
    private static String joinSpacedLetters(String text, Set<String> disguises) {
        if (!hasSpacedPair(text)) {
            return text;
        }
        int minimumRun = mostlySingleLetters(text) ? 2 : 4;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int runEnd = i;
            int letters = 0;
            while (runEnd < text.length() && Character.isLetter(text.charAt(runEnd))
                    && (runEnd + 1 == text.length() || text.charAt(runEnd + 1) == ' ')
                    && (runEnd == 0 || text.charAt(runEnd - 1) == ' ')) {
                letters++;
                runEnd += 2;
            }
            if (letters >= minimumRun) {
                for (int k = i; k < Math.min(runEnd, text.length()); k += 2) {
                    out.append(text.charAt(k));
                }
                disguises.add("spaced-out letters");
                i = Math.min(runEnd, text.length());
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * "R-E-V-E-A-L", "i.g.n.o.r.e", "p_r_o_m_p_t": single letters joined by one hyphen, dot, underscore or asterisk
     * become one word. A run needs four letters with the same separator, five with dots, so abbreviations
     * ("e.g.", "m.b.t.", "a.u.b.", "i.v.m.", "n.a.v.") stay as they are. One pass; the text is copied only when a run is found.
     */
    static String joinSeparatedLetters(String text, Set<String> disguises) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char separator = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (!Character.isLetter(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))
                    || (separator != '-' && separator != '.' && separator != '_' && separator != '*')) {
                i++;
                continue;
            }
            int end = i;
            int letters = 1;
            while (end + 2 < text.length() && text.charAt(end + 1) == separator && Character.isLetter(text.charAt(end + 2))
                    && (end + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 3)))) {
                end += 2;
                letters++;
            }
            if (letters >= (separator == '.' ? 5 : 4)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                for (int k = i; k <= end; k += 2) {
                    out.append(text.charAt(k));
                }
                copied = end + 1;
                disguises.add("spaced-out letters");
            }
            i = end + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Whether two single letters stand next to each other ("a b"): without that, nothing is spaced out. */
    private static boolean hasSpacedPair(String text) {
        for (int i = 2; i < text.length(); i++) {
            if (text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i)) && Character.isLetter(text.charAt(i - 2))
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' ') && (i == 2 || text.charAt(i - 3) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether at least two thirds of the text's words, and at least eight, are single letters. */
    private static boolean mostlySingleLetters(String text) {
        int words = 0;
        int single = 0;
        int length = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                if (length > 0) {
                    words++;
                    single += length == 1 ? 1 : 0;
                }
                length = 0;
            } else {
                length++;
            }
        }
        return single >= 8 && single * 3 >= words * 2;
    }

    /**
     * A growing array of characters: the folding passes append every character of the message one by one, and a
     * {@link StringBuilder} checks its coder and capacity on each; this only its capacity. One byte per character
     * while every character is Latin-1 (as folded text nearly always is), as a {@code String} stores it, so that it
     * allocates no more than the builder did; two from the first character that is not.
     */
    private static final class Chars {
        private byte[] latin1;
        private char[] chars;
        private int length;

        Chars(int capacity) {
            latin1 = new byte[Math.max(16, capacity)];
        }

        Chars append(char c) {
            if (latin1 != null) {
                if (c < 256) {
                    if (length == latin1.length) {
                        latin1 = java.util.Arrays.copyOf(latin1, length * 2);
                    }
                    latin1[length++] = (byte) c;
                    return this;
                }
                chars = new char[Math.max(16, latin1.length * 2)];
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) (latin1[i] & 0xFF);
                }
                latin1 = null;
            }
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
            return this;
        }

        Chars append(String text) {
            for (int i = 0; i < text.length(); i++) {
                append(text.charAt(i));
            }
            return this;
        }

        int length() {
            return length;
        }

        char last() {
            return latin1 != null ? (char) (latin1[length - 1] & 0xFF) : chars[length - 1];
        }

        @Override
        public String toString() {
            return latin1 != null ? new String(latin1, 0, length, StandardCharsets.ISO_8859_1) : new String(chars, 0, length);
        }
    }

    private static Map<Character, Character> homoglyphs() {
        String from = "аАвВсСеЕһНіІјЈкКмМоОрРѕЅтТхХуУԁɡոαΑβΒεΕηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧζΖ";
        String to = "aabbcceehhiijjkkmmooppssttxxyydgnaabbeehhiikkmmnnooppttyyxxzz";
        java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
