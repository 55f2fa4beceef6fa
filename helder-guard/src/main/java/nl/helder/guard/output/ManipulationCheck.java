package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;

import java.util.List;

/**
 * Finds manipulation an answer adds to its sources, in Dutch, English, German and French: false urgency and
 * scarcity, threats and assurances, invented social proof, shaming and confirmshaming, emotional pressure,
 * obstruction of complaining, cancelling or reaching a person, sneaking things into the order, and selling on a
 * vulnerability the customer mentioned. What the sources carry (a sale that really ends today, a stock limit
 * the help text states) is the company's approved text, not something the assistant added, and does not count.
 * Scored by the {@link AnswerModel}.
 */
public final class ManipulationCheck implements AnswerCheck {

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        // a long answer in parts, so that its tail is judged too
        return JudgedWindows.firstFinding(answer, sources, AnswerJudgement::manipulation).map(List::of).orElse(List.of());
    }
}
