package nl.helder.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
        return redact(text, findings, type -> RedactionStyle.PLACEHOLDER);
    }

    /**
     * Returns {@code text} with each finding made unreadable in the style chosen for its type.
     *
     * @param findings non-overlapping findings sorted by start, as returned by {@link #resolveOverlaps(List)}
     */
    public static String redact(String text, List<PersonalDataFinding> findings, Function<PersonalDataType, RedactionStyle> styles) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (PersonalDataFinding finding : findings) {
            if (finding.start() < copied || finding.end() > text.length()) {
                throw new IllegalArgumentException("findings must be sorted, non-overlapping and inside the text");
            }
            out.append(text, copied, finding.start());
            String value = text.substring(finding.start(), finding.end());
            out.append(styles.apply(finding.type()) == RedactionStyle.PARTIAL ? partial(finding.type(), value) : finding.type().placeholder());
            copied = finding.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Matches exactly the placeholders {@link PersonalDataType#placeholder()} produces. */
    private static final Pattern PLACEHOLDERS = Pattern.compile(Arrays.stream(PersonalDataType.values())
            .map(type -> Pattern.quote(type.placeholder())).collect(Collectors.joining("|")));

    /**
     * Returns redacted text without its placeholders ({@code [IBAN]} becomes a space): for search and
     * classification, where a placeholder says what was removed, not what the text is about.
     */
    public static String withoutPlaceholders(String redacted) {
        return PLACEHOLDERS.matcher(redacted).replaceAll(" ");
    }

    /** The partial mask of {@link RedactionStyle#PARTIAL}; separators (spaces, dashes) stay as they were. */
    static String partial(PersonalDataType type, String value) {
        return switch (type) {
            case IBAN -> mask(value, 2, 4);
            case CARD, PHONE -> mask(value, 0, 4);
            case EMAIL -> {
                int at = value.lastIndexOf('@');
                yield at < 0 ? type.placeholder() : "***" + value.substring(at);
            }
            default -> type.placeholder();
        };
    }

    /** Keeps the first {@code head} and last {@code tail} letters or digits; every other one becomes '*'. */
    private static String mask(String value, int head, int tail) {
        int total = (int) value.chars().filter(Character::isLetterOrDigit).count();
        StringBuilder out = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(seen < head || seen >= total - tail ? c : '*');
                seen++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
