package nl.helder.guard.output;

import nl.helder.guard.OutputGuard;
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

/**
 * The shipped answer model is what {@link AnswerModelTrainer} makes of its training answers: round one's
 * tune file, round two's and round three's train files (two other authors), the team's {@code answers-manipulation.tsv} and the engineer's {@code answers-own.tsv}. Training
 * again gives the committed weights digit for digit. {@code -DwriteAnswerModel=true} writes them after a change to
 * the cues or the data. Never trained on: a report file (refused).
 */
class AnswerModelReproducibilityTest {

    private static final Path SHIPPED = Path.of("src/main/resources/nl/helder/guard/output/" + AnswerModel.RESOURCE);

    /**
     * The blind files the cue and style models learn from: round one's tune file and the train files of rounds two, three
     * and five, never a report file. Round ten trained them on all eleven answers train files (leaving each author out:
     * claims to be human 0.809 to 0.833 recall, manipulation 0.795 to 0.818, precision equal), but the report files
     * disagreed: manipulation precision on round five's report file fell from 0.851 to 0.792, under its floor, and on
     * the older report files by 1 to 2 points. The floors are a rule set before the change, so the step was undone; the
     * word models ({@link WordModelsReproducibilityTest#INPUTS}) learn from every train file.
     */
    static final List<BlindSet> BLIND_INPUTS = List.of(BlindSet.TUNE, BlindSet.TRAIN_2, BlindSet.TRAIN_3, BlindSet.TRAIN_5);

    /**
     * Honest answers in hard service language that were read and tuned on (the reviewer's 65; round three's blind
     * author's 100, tuned on since round five): they teach the model what service language is not. The second blind
     * author's honest answers ({@code blind5/honest}) judge the result and are never trained on.
     */
    static final List<String> HONEST_INPUTS = List.of("/evaluation/answers-honest-service.tsv", "/evaluation/blind3/honest/answers-honest-b.tsv");

    static List<AnswerModelTrainer.Example> trainingExamples() {
        return trainingExamples(BLIND_INPUTS);
    }

    /** The labelled answers both models learn from: the blind files given, the engineer's own, the honest ones read. */
    static List<ManipulationEvaluation.Labelled> labelledAnswers(List<BlindSet> blindInputs) {
        return labelledAnswers(blindInputs, HONEST_INPUTS);
    }

    /** The labelled answers of {@code blindInputs} (never a report file), the engineer's own, and the honest files given. */
    static List<ManipulationEvaluation.Labelled> labelledAnswers(List<BlindSet> blindInputs, List<String> honestFiles) {
        List<ManipulationEvaluation.Labelled> labelled = new ArrayList<>();
        for (BlindSet input : blindInputs) {
            if (input.report()) {
                throw new IllegalArgumentException("never train on a report file: " + input.resource("answers"));
            }
            labelled.addAll(ManipulationEvaluation.parse(input.lines("answers")));
        }
        labelled.addAll(ManipulationEvaluation.resource("/evaluation/answers-own.tsv"));
        for (String honest : honestFiles) {
            if (honest.contains("/blind5/honest/")) {
                throw new IllegalArgumentException("never train on round five's blind honest answers: " + honest);
            }
            labelled.addAll(ManipulationEvaluation.honest(honest));
        }
        return labelled;
    }

    static List<AnswerModelTrainer.Example> trainingExamples(List<BlindSet> blindInputs) {
        List<AnswerModelTrainer.Example> examples = new ArrayList<>();
        List<ManipulationEvaluation.Labelled> labelledApart = labelledAnswers(blindInputs);
        for (ManipulationEvaluation.Labelled answer : labelledApart) {
            examples.add(new AnswerModelTrainer.Example(CueHit.Kind.HUMAN, answer.labels().contains("CLAIMS_HUMAN"), answer.text(), answer.sources()));
            examples.add(new AnswerModelTrainer.Example(CueHit.Kind.MANIPULATION, answer.labels().contains("MANIPULATIVE"), answer.text(),
                    answer.sources()));
        }
        // The team's set labels a claim to be human MANIPULATIVE too; it trains the manipulation model only on
        // answers without a human-claim cue, so that those claims do not teach it anything about manipulation.
        for (ManipulationEvaluation.Labelled answer : ManipulationEvaluation.resource("/evaluation/answers-manipulation.tsv")) {
            boolean claim = OutputCues.find(answer.text(), answer.sources()).stream().anyMatch(h -> h.kind() == CueHit.Kind.HUMAN);
            if (!claim) {
                examples.add(new AnswerModelTrainer.Example(CueHit.Kind.MANIPULATION, answer.flaggable(), answer.text(), answer.sources()));
            }
        }
        return examples;
    }

    static List<String> header(int examples) {
        return List.of("Helder answer model: logistic regression over the cues of answer-cues.txt (AnswerModelTrainer), per kind.",
                "Trained on " + examples + " labelled (answer, kind) pairs: evaluation/blind/answers/answers-tune.tsv,",
                "evaluation/blind2/answers/answers-train.tsv, evaluation/blind3/answers/answers-train.tsv, evaluation/blind5/answers/answers-train.tsv,",
                "evaluation/answers-own.tsv, evaluation/answers-honest-service.tsv and evaluation/blind3/honest/answers-honest-b.tsv (honest),",
                "evaluation/answers-manipulation.tsv (manipulation only).",
                "Never on a report file (any *-report*.tsv) nor on blind5/honest/answers-honest-c.tsv.",
                "Re-create: ./mvnw -q -o -pl helder-guard -Dtest=AnswerModelReproducibilityTest -DwriteAnswerModel=true test");
    }

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        List<AnswerModelTrainer.Example> examples = trainingExamples();
        StringWriter retrained = new StringWriter();
        AnswerModelTrainer.train(examples, header(examples.size())).write(retrained);
        if (Boolean.getBoolean("writeAnswerModel")) {
            Files.writeString(SHIPPED, retrained.toString(), StandardCharsets.UTF_8);
        }
        assertThat(retrained.toString().lines().toList()).isEqualTo(Files.readString(SHIPPED, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void refusesToTrainOnAReportFile() {
        assertThat(BLIND_INPUTS).noneMatch(BlindSet::report);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainingExamples(List.of(BlindSet.TUNE, BlindSet.REPORT_2)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainingExamples(List.of(BlindSet.REPORT)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainingExamples(List.of(BlindSet.TRAIN_3, BlindSet.REPORT_3)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainingExamples(List.of(BlindSet.TRAIN_5, BlindSet.REPORT_5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HONEST_INPUTS).noneMatch(name -> name.contains("blind5"));
    }

    /** The engineer's own answers only print: they are training data, so their figures are no held-out measure. */
    @Test
    void ownAnswersFigures() {
        ManipulationEvaluation.Report report = ManipulationEvaluation.run(OutputGuard.standard(),
                ManipulationEvaluation.resource("/evaluation/answers-own.tsv"), true);
        System.out.println("Own answers (" + report.answers() + ", trained on):\n" + report.table());
        report.mistakes().forEach(m -> System.out.println("    " + m));
        assertThat(report.answers()).isGreaterThanOrEqualTo(100);
    }
}
