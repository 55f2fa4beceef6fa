package nl.helder.guard;

import nl.helder.guard.output.GroundingCheck;
import nl.helder.guard.output.HonestyCheck;
import nl.helder.guard.output.LeakCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks every answer before a customer sees it: no manipulation, no claim to be human, no leak of secrets or
 * instructions, and nothing its sources do not support. Thread-safe; build one and share it.
 *
 * <pre>{@code
 * OutputGuard guard = OutputGuard.builder().secret(systemPrompt).canary(conversationCanary).build();
 * OutputReview review = guard.review(answer, passages);
 * if (review.blocked()) { ... fall back to a safe answer or a person ... }
 * }</pre>
 */
public final class OutputGuard {

    /** A finding at or above this score withholds the answer. */
    public static final double DEFAULT_BLOCKING_SCORE = 0.5;

    private final List<AnswerCheck> checks;
    private final double blockingScore;

    private OutputGuard(Builder builder) {
        // Manipulation and claims to be human come from one judgement of the answer (HonestyCheck).
        List<AnswerCheck> all = new ArrayList<>(List.of(new HonestyCheck(),
                new LeakCheck(builder.secrets), new GroundingCheck(builder.groundingThreshold)));
        all.addAll(builder.extra);
        this.checks = List.copyOf(all);
        this.blockingScore = builder.blockingScore;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The standard guard with no secrets registered. */
    public static OutputGuard standard() {
        return builder().build();
    }

    public OutputReview review(String answer, List<String> sources) {
        Objects.requireNonNull(answer, "answer");
        List<String> passages = sources == null ? List.of() : sources;
        List<OutputCheck> found = new ArrayList<>();
        checks.forEach(check -> found.addAll(check.check(answer, passages)));
        return new OutputReview(found, found.stream().anyMatch(c -> c.score() >= blockingScore));
    }

    /** Configures an {@link OutputGuard}. */
    public static final class Builder {
        private final List<String> secrets = new ArrayList<>();
        private final List<AnswerCheck> extra = new ArrayList<>();
        private double groundingThreshold = GroundingCheck.DEFAULT_THRESHOLD;
        private double blockingScore = DEFAULT_BLOCKING_SCORE;

        private Builder() {
        }

        /** Text that must never appear in an answer: a system prompt, an internal setting, an API key. */
        public Builder secret(String secret) {
            if (secret != null && !secret.isBlank()) {
                secrets.add(secret);
            }
            return this;
        }

        /** A conversation's canary token: its appearance in an answer proves the context leaked. */
        public Builder canary(String canary) {
            return secret(canary);
        }

        /** The share of a sentence's content words that must occur in the sources (default {@value GroundingCheck#DEFAULT_THRESHOLD}). */
        public Builder groundingThreshold(double threshold) {
            if (threshold <= 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be within (0, 1]: " + threshold);
            }
            this.groundingThreshold = threshold;
            return this;
        }

        public Builder blockingScore(double score) {
            this.blockingScore = score;
            return this;
        }

        /** An extra check, run after the standard ones. */
        public Builder check(AnswerCheck check) {
            extra.add(Objects.requireNonNull(check));
            return this;
        }

        public OutputGuard build() {
            return new OutputGuard(this);
        }
    }
}
