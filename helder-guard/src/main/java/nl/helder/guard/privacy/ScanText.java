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
        if (score >= CLAIMING_SCORE) {
            claimed.set(start, end);
        }
        findings.add(new PersonalDataFinding(type, skeleton.originalStart(start), skeleton.originalEnd(end), score, reason));
    }

    /** Called with each place a keyword occurs and the keyword itself. */
    @FunctionalInterface
    interface KeywordAction {
        void at(int position, String keyword);
    }

    /**
     * Calls {@code action} for every occurrence of every keyword (lower case) in the text, anywhere; the
     * action decides what boundaries it needs. Cost: one search of the text per keyword.
     */
    void eachOccurrence(String[] keywords, KeywordAction action) {
        for (String keyword : keywords) {
            for (int at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
                action.at(at, keyword);
            }
        }
    }

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
        return containsWord(Math.max(0, position - window), position, keywords);
    }

    /** Like {@link #precededBy}, for keywords within {@code window} characters after {@code position}. */
    boolean followedBy(int position, int window, String... keywords) {
        return containsWord(position, Math.min(lower.length(), position + window), keywords);
    }

    /** Searches only the window: the cost is bounded by its size, never by the length of the text. */
    private boolean containsWord(int from, int to, String... keywords) {
        String window = lower.substring(from, to);
        for (String keyword : keywords) {
            for (int at = window.indexOf(keyword); at >= 0; at = window.indexOf(keyword, at + 1)) {
                int absolute = from + at;
                if (absolute == 0 || !Character.isLetter(lower.charAt(absolute - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
