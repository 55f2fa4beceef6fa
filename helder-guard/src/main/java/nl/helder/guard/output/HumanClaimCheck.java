package nl.helder.guard.output;

import nl.helder.guard.AnswerCheck;
import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;

import java.util.List;

/**
 * Finds an answer presenting its writer as a person, in Dutch, English, German or French: saying so, with or
 * without a name or team in between ("I'm Mark from billing, a real person"), denying being a bot, a body in an
 * office or at the customer's door, a life of its own (a family, a home, a house move, years in the job). Saying
 * it is not a person ("ik ben geen mens") is no claim. Scored by the {@link AnswerModel} over the cues, and for claims no cue
 * names by a {@link WordModel} over the words the answer uses of its writer ({@link PersonTalk}).
 */
public final class HumanClaimCheck implements AnswerCheck {

    @Override
    public List<OutputCheck> check(String answer, List<String> sources) {
        // a long answer in parts, so that its tail is judged too
        return JudgedWindows.firstFinding(answer, sources, AnswerJudgement::humanClaim).map(List::of).orElse(List.of());
    }
}
