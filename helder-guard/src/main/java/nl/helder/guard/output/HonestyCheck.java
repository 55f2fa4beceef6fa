package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ManipulationCheck} and {@link HumanClaimCheck} in one pass: both read the same cues, so the output
 * guard judges each answer once ({@link AnswerJudgement}) and reports what either finds.
 */
public final class HonestyCheck implements AnswerCheck {

    /**
     * Loads the cues and the model now, when the guard is built (at start-up in the server), so that the first
     * customer's answer does not wait for some seventy patterns to compile.
     */
    public HonestyCheck() {
        AnswerCues.names(CueHit.Kind.HUMAN);
        AnswerModel.standard();
    }

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        AnswerJudgement judgement = AnswerJudgement.of(answer, sources);
        List<OutputCheck> found = new ArrayList<>(2);
        judgement.manipulation().ifPresent(found::add);
        judgement.humanClaim().ifPresent(found::add);
        return found;
    }
}
