package nl.helder.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replaces spans of personal data by their placeholders. Overlapping findings are merged first: of two
 * overlapping spans the one with the higher score wins, the longer one on a tie, so every character is
 * redacted at most once.
 */
public final class Redactor {

    private Redactor() {
    }

    /** Returns the findings without overlaps, sorted by start. Runs in O(k log k) for k findings. */
    public static List<PersonalDataFinding> resolveOverlaps(List<PersonalDataFinding> findings) {
        List<PersonalDataFinding> byPriority = new ArrayList<>(findings);
        byPriority.sort(Comparator.comparingDouble(PersonalDataFinding::score).reversed()
                .thenComparing(Comparator.comparingInt((PersonalDataFinding f) -> f.end() - f.start()).reversed())
                .thenComparingInt(PersonalDataFinding::start));
        // Kept spans are disjoint, so a candidate overlaps one of them exactly when it overlaps the kept span
        // with the greatest start before the candidate's end.
        TreeMap<Integer, PersonalDataFinding> kept = new TreeMap<>();
        for (PersonalDataFinding candidate : byPriority) {
            Map.Entry<Integer, PersonalDataFinding> before = kept.lowerEntry(candidate.end());
            if (before == null || before.getValue().end() <= candidate.start()) {
                kept.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    /**
     * Returns {@code text} with each finding replaced by its placeholder.
     *
     * @param findings non-overlapping findings sorted by start, as returned by {@link #resolveOverlaps(List)}
     */
    public static String redact(String text, List<PersonalDataFinding> findings) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (PersonalDataFinding finding : findings) {
            if (finding.start() < copied || finding.end() > text.length()) {
                throw new IllegalArgumentException("findings must be sorted, non-overlapping and inside the text");
            }
            out.append(text, copied, finding.start()).append(finding.type().placeholder());
            copied = finding.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
