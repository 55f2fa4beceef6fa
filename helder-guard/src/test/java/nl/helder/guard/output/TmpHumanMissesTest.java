package nl.helder.guard.output;

import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;
import java.util.*;

class TmpHumanMissesTest {
    @Test
    void misses() {
        var kind = WordModelsReproducibilityTest.PERSON_TALK;
        for (BlindSet heldOut : List.of(BlindSet.TRAIN_10B, BlindSet.TRAIN_10A, BlindSet.TRAIN_8P5)) {
            List<BlindSet> others = new ArrayList<>(WordModelsReproducibilityTest.INPUTS);
            others.remove(heldOut);
            WordModel model = kind.train(others, AnswerModelReproducibilityTest.HONEST_INPUTS, List.of());
            for (var a : ManipulationEvaluation.parse(heldOut.lines("answers"))) {
                AnswerJudgement j = AnswerJudgement.of(a.text(), a.sources(), AnswerModel.standard(), AnswerStyleModel.standard(), model, ManipulationWords.model());
                boolean exp = a.labels().contains("CLAIMS_HUMAN"), got = j.humanClaim().isPresent();
                if (exp != got) System.out.printf(Locale.ROOT, "%s %s cues %.2f talk %.2f [%s] %s%n", heldOut.label(), exp ? "MISSED" : "FALSE", j.humanProbability(), j.personTalkProbability(), a.lang(), a.text());
            }
        }
    }
}
