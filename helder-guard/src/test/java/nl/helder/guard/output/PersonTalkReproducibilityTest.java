package nl.helder.guard.output;

import nl.helder.guard.blind.BlindSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped person-talk model is what {@link PersonTalkTrainer} makes of its training answers: every blind answers
 * train file (seven authors), the engineer's answers and the honest answers that were read. Training again gives the
 * committed weights digit for digit; {@code -DwritePersonTalk=true} writes them after a change. Never trained on: a
 * report file (refused), nor round five's blind honest answers ({@code blind5/honest}), which judge it.
 */
class PersonTalkReproducibilityTest {

    private static final Path SHIPPED = Path.of("src/main/resources/nl/helder/guard/output/" + PersonTalkModel.RESOURCE);

    /** Every blind answers file that may be learnt from: the cues' model's four and the later train files. */
    static final List<BlindSet> INPUTS = inputs();

    private static List<BlindSet> inputs() {
        List<BlindSet> inputs = new ArrayList<>(AnswerModelReproducibilityTest.BLIND_INPUTS);
        inputs.addAll(List.of(BlindSet.TRAIN_6P2, BlindSet.TRAIN_6P3, BlindSet.TRAIN_8P4, BlindSet.TRAIN_8P5, BlindSet.TRAIN_8D));
        return List.copyOf(inputs);
    }

    /** The examples from {@code blindInputs}, the engineer's answers and the honest files given. */
    static List<PersonTalkTrainer.Example> examples(List<BlindSet> blindInputs, List<String> honestFiles) {
        List<PersonTalkTrainer.Example> examples = new ArrayList<>();
        for (BlindSet input : blindInputs) {
            if (input.report()) {
                throw new IllegalArgumentException("never train on a report file: " + input.resource("answers"));
            }
            ManipulationEvaluation.parse(input.lines("answers")).forEach(a -> examples.add(example(a)));
        }
        ManipulationEvaluation.resource("/evaluation/answers-own.tsv").forEach(a -> examples.add(example(a)));
        for (String honest : honestFiles) {
            ManipulationEvaluation.honest(honest).forEach(a -> examples.add(example(a)));
        }
        return examples;
    }

    private static PersonTalkTrainer.Example example(ManipulationEvaluation.Labelled answer) {
        return new PersonTalkTrainer.Example(answer.labels().contains("CLAIMS_HUMAN"), answer.text());
    }

    static List<String> header(int answers) {
        return List.of("Helder person-talk model: logistic regression over PersonTalk's words (PersonTalkTrainer), claims to be human only.",
                "Trained on " + answers + " labelled answers: the blind answers train files (tune; train of rounds two, three, five; P2 to P5; D),",
                "evaluation/answers-own.tsv, answers-honest-service.tsv and blind3/honest/answers-honest-b.tsv. Never on a report file",
                "nor on blind5/honest/answers-honest-c.tsv. Words seen in fewer than two training answers are no feature.",
                "Re-create: ./mvnw -q -o -pl helder-guard -Dtest=PersonTalkReproducibilityTest -DwritePersonTalk=true test");
    }

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        List<PersonTalkTrainer.Example> examples = examples(INPUTS, AnswerModelReproducibilityTest.HONEST_INPUTS);
        StringWriter retrained = new StringWriter();
        PersonTalkTrainer.train(examples, header(examples.size())).write(retrained);
        if (Boolean.getBoolean("writePersonTalk")) {
            Files.writeString(SHIPPED, retrained.toString(), StandardCharsets.UTF_8);
        }
        assertThat(retrained.toString().lines().toList()).isEqualTo(Files.readString(SHIPPED, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void refusesToTrainOnAReportFile() {
        assertThat(INPUTS).noneMatch(BlindSet::report);
        assertThatThrownBy(() -> examples(List.of(BlindSet.TRAIN_6P2, BlindSet.REPORT_5), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnswerModelReproducibilityTest.HONEST_INPUTS).noneMatch(name -> name.contains("blind5"));
    }
}
