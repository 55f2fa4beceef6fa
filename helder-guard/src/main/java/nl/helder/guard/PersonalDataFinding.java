package nl.helder.guard;

import java.util.Objects;

/**
 * One span of personal data in a text.
 *
 * @param type   what kind of personal data the span holds
 * @param start  UTF-16 index of the first character, inclusive
 * @param end    UTF-16 index after the last character, exclusive; always greater than {@code start}
 * @param score  confidence in [0, 1]
 * @param reason a short, value-free explanation (e.g. "9 digits passing the 11-proof"); never the value itself
 */
public record PersonalDataFinding(PersonalDataType type, int start, int end, double score, String reason) {

    public PersonalDataFinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
    }

    /** Whether this span shares at least one character with {@code other}. */
    public boolean overlaps(PersonalDataFinding other) {
        return start < other.end && other.start < end;
    }
}
