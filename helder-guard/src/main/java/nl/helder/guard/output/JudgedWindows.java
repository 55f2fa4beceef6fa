package nl.helder.guard.output;

import nl.helder.guard.OutputCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts in which the output guard's honesty and manipulation checks judge an answer. One judgement reads at most
 * {@value AnswerCues#MAX_JUDGED} characters, which keeps its cost bounded; an answer longer than that is judged in
 * windows of that size, each starting after a sentence end within {@value #OVERLAP} characters of where the one
 * before it stopped, so that a claim or a push in an answer's tail is judged too (an independent review found one
 * after 5,000 characters passing unjudged) and every sentence of up to {@value AnswerCues#MAX_SENTENCE} characters
 * lies whole in some window. Linear in the answer's length: every character is read by at most two windows.
 */
final class JudgedWindows {

    /** How far back a window may start before the end of the one before it. */
    static final int OVERLAP = 1_000;

    private JudgedWindows() {
    }

    /**
     * The first finding {@code finding} makes of a window of {@code answer}, the windows in order: what the honesty and
     * the manipulation check each ask of every part of a long answer.
     */
    static Optional<OutputCheck> firstFinding(String answer, List<String> sources, Function<AnswerJudgement, Optional<OutputCheck>> finding) {
        for (String window : of(answer)) {
            Optional<OutputCheck> found = finding.apply(AnswerJudgement.of(window, sources));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The windows of {@code answer}: the answer itself when it is short enough. */
    static List<String> of(String answer) {
        if (answer.length() <= AnswerCues.MAX_JUDGED) {
            return List.of(answer);
        }
        List<String> windows = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = Math.min(answer.length(), start + AnswerCues.MAX_JUDGED);
            if (end < answer.length() && Character.isHighSurrogate(answer.charAt(end - 1))) {
                end--; // never half of an emoji
            }
            windows.add(answer.substring(start, end));
            if (end == answer.length()) {
                return windows;
            }
            start = nextStart(answer, Math.max(start + 1, end - OVERLAP), end);
        }
    }

    /** The first place after a sentence end in {@code [from, to)}, or {@code from} when there is none. */
    private static int nextStart(String answer, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = answer.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(answer.charAt(i + 1))) {
                int next = i + 1;
                while (next < to && Character.isWhitespace(answer.charAt(next))) {
                    next++;
                }
                return next;
            }
        }
        return Character.isLowSurrogate(answer.charAt(from)) ? from + 1 : from;
    }
}
