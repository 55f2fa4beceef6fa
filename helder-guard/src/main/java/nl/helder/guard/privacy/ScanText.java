package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;

import java.util.ArrayList;
import java.util.List;

/**
 * What a detector reads and writes: the skeleton text, its per-character lower-case twin (same length, so
 * offsets agree), and the findings, which it maps back to offsets in the original text.
 */
final class ScanText {

    private final TextSkeleton skeleton;
    private final String text;
    private final String lower;
    private final List<PersonalDataFinding> findings = new ArrayList<>();
    /** Skeleton characters inside a checksum-validated finding; weaker detectors need not look at them again. */
    private final java.util.BitSet claimed = new java.util.BitSet();

    ScanText(String original) {
        this.skeleton = TextSkeleton.of(original);
        this.text = skeleton.text();
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        this.lower = new String(chars);
    }

    String text() {
        return text;
    }

    /** The index of the last letter or digit, or -1: what stands after it is punctuation and space only. */
    int lastLetterOrDigit() {
        if (lastLetterOrDigit == UNKNOWN) {
            int i = text.length() - 1;
            while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
                i--;
            }
            lastLetterOrDigit = i;
        }
        return lastLetterOrDigit;
    }

    /** The index of the last line break, or -1. */
    int lastLineBreak() {
        if (lastLineBreak == UNKNOWN) {
            lastLineBreak = text.lastIndexOf('\n');
        }
        return lastLineBreak;
    }

    private static final int UNKNOWN = -2;
    private int lastLetterOrDigit = UNKNOWN;
    private int lastLineBreak = UNKNOWN;

    String lower() {
        return lower;
    }

    int length() {
        return text.length();
    }

    char at(int i) {
        return text.charAt(i);
    }

    /** Records a finding given in skeleton offsets. */
    void found(PersonalDataType type, int start, int end, double score, String reason) {
        if (OrganisationContext.organisations(this, type, start, end)) {
            claimed.set(start, end); // no other detector reads the organisation's account digits as a phone number
            return; // the organisation's address, account or line, said so in the sentence: no one's personal data
        }
        if (ExampleContext.shownAsExample(this, type, start, end)) {
            claimed.set(start, end); // nor are an example's digits someone's phone number
            return; // a value printed as an example on a form or help page, quoted: it identifies no one
        }
        if (type == PersonalDataType.PERSON_NAME && end - start <= 24 && BRANDS.contains(lower.substring(start, end))) {
            return; // a shop or brand named after a person ("Albert Heijn", "Hugo Boss"), not a person
        }
        if (type == PersonalDataType.PERSON_NAME && end - start <= 32 && PublicFigures.contains(lower.substring(start, end))
                && PublicFigures.mentioned(lower, start)) {
            return; // "Zoals Johan Cruijff al zei": a public figure quoted or seen in an ad, not someone the customer names
        }
        if (score >= CLAIMING_SCORE) {
            claimed.set(start, end);
        }
        findings.add(new PersonalDataFinding(type, skeleton.originalStart(start), skeleton.originalEnd(end), score, reason));
    }

    /** Shops and brands that bear a person's full name, which customers mention as companies. */
    private static final java.util.Set<String> BRANDS = java.util.Set.of("albert heijn", "hugo boss", "jack daniels",
            "jack daniel's", "ralph lauren", "tommy hilfiger", "calvin klein", "louis vuitton", "pierre cardin", "marc jacobs",
            "michael kors", "douwe egberts", "hans anders", "bart smit", "jan linders", "dirk van den broek", "henri willig",
            "van der valk", "jacob hooy", "karl lagerfeld", "giorgio armani", "yves rocher", "yves saint laurent",
            "jean paul gaultier", "christian dior", "coco chanel", "ben & jerry's", "mercedes benz", "mercedes-benz",
            "ferdinand porsche", "walt disney", "tony chocolonely", "peter langhout", "dr. oetker", "hunkemöller");

    /** Called with each place a keyword occurs and the keyword itself. */
    @FunctionalInterface
    interface KeywordAction {
        void at(int position, String keyword);
    }

    /**
     * Calls {@code action} for every occurrence of every keyword (lower case) that starts a word (no letter or
     * digit before it); the action decides what it needs after it. Cost: one pass over the text, whatever the
     * number of keywords.
     */
    void eachOccurrence(String[] keywords, KeywordAction action) {
        KeywordIndex index = indexOf(keywords);
        if (!index.wordCharsFirst) {
            int n = lower.length();
            for (int at = 0; at < n; at++) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    occurrences(index, at, action);
                }
            }
            return;
        }
        // Every keyword begins with a letter or digit: only the starts of words can hold one, and they are found
        // once per message for every list and detector, not once per list.
        int[] starts = wordStarts();
        for (int k = 0; k < wordStartCount; k++) {
            occurrences(index, starts[k], action);
        }
    }

    private void occurrences(KeywordIndex index, int at, KeywordAction action) {
        String[] candidates = index.startingWith(lower.charAt(at));
        if (candidates != null) {
            for (String keyword : candidates) {
                if (lower.startsWith(keyword, at)) {
                    action.at(at, keyword);
                }
            }
        }
    }

    private int[] wordStarts;
    private int wordStartCount;

    /** How many entries of {@link #wordStarts()} count. */
    int wordStartCount() {
        wordStarts();
        return wordStartCount;
    }

    /**
     * The indexes where a word begins: a letter or digit (of the lower-case text) with none before it, in order,
     * found once per message for every detector that looks only at word starts. The first
     * {@link #wordStartCount()} entries count; the array is shared, so callers must not change it.
     */
    int[] wordStarts() {
        if (wordStarts == null) {
            int n = lower.length();
            int[] starts = new int[Math.max(4, n / 4)];
            int count = 0;
            boolean inWord = false;
            for (int at = 0; at < n; at++) {
                boolean wordChar = Character.isLetterOrDigit(lower.charAt(at));
                if (wordChar && !inWord) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = at;
                }
                inWord = wordChar;
            }
            wordStarts = starts;
            wordStartCount = count;
        }
        return wordStarts;
    }

    /**
     * The keywords of one list by their first character, so that one pass over the text finds them all (a search
     * of the whole text per keyword cost more than every detector's own work once the lists grew to four
     * languages). Built once per list; the lists are constants, so they are keyed by identity.
     */
    private static final class KeywordIndex {
        private final String[][] ascii = new String[128][];
        private final java.util.Map<Character, String[]> other = new java.util.HashMap<>();
        /** Whether every keyword begins with a letter or digit, so that only word starts need be tried. */
        private final boolean wordCharsFirst;

        KeywordIndex(String[] keywords) {
            boolean wordChars = true;
            for (String keyword : keywords) {
                wordChars &= Character.isLetterOrDigit(keyword.charAt(0));
            }
            this.wordCharsFirst = wordChars;
            java.util.Map<Character, java.util.List<String>> byFirst = new java.util.LinkedHashMap<>();
            for (String keyword : keywords) {
                byFirst.computeIfAbsent(keyword.charAt(0), c -> new java.util.ArrayList<>()).add(keyword);
            }
            byFirst.forEach((c, list) -> {
                if (c < 128) {
                    ascii[c] = list.toArray(String[]::new);
                } else {
                    other.put(c, list.toArray(String[]::new));
                }
            });
        }

        String[] startingWith(char c) {
            return c < 128 ? ascii[c] : other.isEmpty() ? null : other.get(c);
        }
    }

    private static final java.util.Map<String[], KeywordIndex> KEYWORD_INDEXES = new java.util.concurrent.ConcurrentHashMap<>();

    static final double CLAIMING_SCORE = 0.97;

    /** Whether a finding of score {@value #CLAIMING_SCORE} or more already covers skeleton index {@code i}. */
    boolean claimed(int i) {
        return claimed.get(i);
    }

    List<PersonalDataFinding> findings() {
        return findings;
    }

    boolean isLetterOrDigit(int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    boolean isLetter(int i) {
        return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
    }

    boolean isDigit(int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /**
     * Whether one of {@code keywords} (lower case) starts at a word boundary within {@code window} characters
     * before {@code position}: "tel" in "tel: 06..." counts, "tel" inside "bestelling" does not. A keyword
     * may be the start of a longer word ("bestel" matches "bestelnummer").
     */
    boolean precededBy(int position, int window, String... keywords) {
        return containsWord(Math.max(0, position - window), position, keywords, false);
    }

    /**
     * The word (its last 12 letters at most, lower case) that ends before {@code i}, with at most {@code spaces} spaces
     * between, or "": "sinds" before "2021", "from" before "15 Jan".
     */
    String wordBefore(int i, int spaces) {
        int end = i;
        while (end > 0 && i - end < spaces && lower.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 12 && Character.isLetter(lower.charAt(start - 1))) {
            start--;
        }
        return lower.substring(start, end);
    }

    /** Like {@link #precededBy}, for keywords within {@code window} characters after {@code position}. */
    boolean followedBy(int position, int window, String... keywords) {
        return containsWord(position, Math.min(lower.length(), position + window), keywords, false);
    }

    /**
     * The start of the sentence holding {@code position} (after a line break, "?", "!" or a full stop and a space), at
     * most {@code max} characters back.
     */
    int sentenceStart(int position, int max) {
        int limit = Math.max(0, position - max);
        for (int k = position - 1; k >= limit; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '?' || c == '!' || c == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' ') {
                return k + 1;
            }
        }
        return limit;
    }

    /** The end of the sentence holding {@code position}, as {@link #sentenceStart} reads one, at most {@code max} characters on. */
    int sentenceEnd(int position, int max) {
        int limit = Math.min(text.length(), position + max);
        for (int k = position; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '?' || c == '!' || c == '.' && k + 1 < text.length() && text.charAt(k + 1) == ' ') {
                return k;
            }
        }
        return limit;
    }

    /** Whether a keyword starts a word between {@code from} and {@code to}; the cost is bounded by the window. */
    boolean containsWordBetween(int from, int to, String... keywords) {
        return containsWord(from, to, keywords, false);
    }

    /**
     * Like {@link #containsWordBetween}, for keywords standing as whole words: "deur" counts in "de deur" and not in
     * "Deurne" (round twenty-three's review).
     */
    boolean containsWholeWordBetween(int from, int to, String... keywords) {
        return containsWord(from, to, keywords, true);
    }

    /**
     * Searches only the window: the cost is bounded by its size, never by the length of the text. One pass over the
     * window, trying at each place that no letter precedes only the keywords beginning with the character there
     * (before, a copy of the window and one search of it per keyword: some forty searches per finding for the
     * organisation's premises alone). A keyword counts only if it ends inside the window.
     */
    private boolean containsWord(int from, int to, String[] keywords, boolean whole) {
        KeywordIndex index = indexOf(keywords);
        for (int at = from; at < to; at++) {
            if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
                continue;
            }
            String[] candidates = index.startingWith(lower.charAt(at));
            if (candidates != null) {
                for (String keyword : candidates) {
                    if (at + keyword.length() <= to && lower.startsWith(keyword, at)
                            && (!whole || at + keyword.length() >= lower.length() || !Character.isLetter(lower.charAt(at + keyword.length())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The index of a keyword list. The lists are constants, so the indexes are kept, by identity; a list made per
     * call (varargs written out at the call) would fill the cache, so past {@value #MAX_INDEXES} lists an index is
     * built and not kept.
     */
    private static KeywordIndex indexOf(String[] keywords) {
        KeywordIndex index = KEYWORD_INDEXES.get(keywords);
        if (index != null) {
            return index;
        }
        return KEYWORD_INDEXES.size() < MAX_INDEXES ? KEYWORD_INDEXES.computeIfAbsent(keywords, KeywordIndex::new) : new KeywordIndex(keywords);
    }

    private static final int MAX_INDEXES = 256;
}
