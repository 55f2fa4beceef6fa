package nl.helder.guard;

import java.util.Objects;

/**
 * One finding about an outgoing answer.
 *
 * @param score  how sure the check is, in [0, 1]
 * @param reason what was found, quoting the answer where useful (answers carry no personal data: they are
 *               built from redacted text and approved sources)
 */
public record OutputCheck(OutputCheckType type, double score, String reason) {

    public OutputCheck {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]: " + score);
        }
    }
}
