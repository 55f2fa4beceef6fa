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

    /** Judged once per JVM when the first check is built, so that the first customer's answer finds the code warm. */
    private static final boolean WARM = warmUp();

    /**
     * Loads the cues and the model now, when the guard is built (at start-up in the server), so that the first
     * customer's answer does not wait for some seventy patterns to compile and run for the first time.
     */
    public HonestyCheck() {
        if (!WARM) {
            throw new IllegalStateException("the answer cues did not load");
        }
    }

    private static boolean warmUp() {
        List<String> source = List.of("Je kunt je bestelling binnen 30 dagen kosteloos retourneren via je account.");
        for (int i = 0; i < 20; i++) {
            AnswerJudgement.of("Je kunt je bestelling binnen 30 dagen retourneren. I'm an AI assistant; a colleague can help. "
                    + "Ich bin ein KI-Assistent. Je suis un assistant virtuel, pas une personne.", source);
            // a cue beside words the source lacks, so that the manipulation word model's path is warm too
            AnswerJudgement.of("Bestel vandaag nog, morgen is het duurder en dan ben je te laat.", source);
        }
        return true;
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
