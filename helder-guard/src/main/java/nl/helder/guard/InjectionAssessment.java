package nl.helder.guard;

import java.util.List;
import java.util.Objects;

/**
 * How likely a message is a prompt-injection or jailbreak attempt.
 *
 * @param score   likelihood in [0, 1]
 * @param blocked whether the score reached the detector's blocking threshold
 * @param reasons short explanations of what was recognised; empty when nothing was
 */
public record InjectionAssessment(double score, boolean blocked, List<String> reasons) {

    /** The assessment of a message in which nothing suspicious was found. */
    public static final InjectionAssessment NONE = new InjectionAssessment(0.0, false, List.of());

    public InjectionAssessment {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
