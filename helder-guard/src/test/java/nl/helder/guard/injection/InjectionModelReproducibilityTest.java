package nl.helder.guard.injection;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped model is what the trainer makes of the public data and the benign prose: training again gives
 * the committed file byte for byte, so nobody has to take the model on trust.
 */
class InjectionModelReproducibilityTest {

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        assumeTrue(InjectionEvaluation.publicDataPresent(), "the public data is not in " + InjectionEvaluation.PUBLIC_DATA);
        StringWriter retrained = new StringWriter();
        InjectionModelTrainer.train(InjectionEvaluation.allTrainingFiles(),
                InjectionEvaluation.PROSE, retrained);

        String shipped = Files.readString(Path.of("src/main/resources/nl/helder/guard/injection/" + InjectionModel.RESOURCE), StandardCharsets.UTF_8);
        assertThat(retrained.toString().lines().toList()).isEqualTo(shipped.lines().toList());
        assertThat(InjectionModel.standard().size()).isGreaterThan(1000);
    }

    /**
     * The labelled files the model may learn from: the public train splits, Helder's own examples and the blind files
     * written to be tuned on (round one's tune file, and since round seven the train files of rounds two, four and seven). A blind report file never: its figures would mean nothing.
     */
    @Test
    void theModelLearnsOnlyFromAllowedFilesAndNeverFromAReportFile() {
        java.util.Set<String> allowed = java.util.Set.of(
                "promptshield-train.jsonl", "deepset-prompt-injections-train.jsonl", "training/injection-examples.tsv",
                "src/test/resources/evaluation/blind/injection/injection-tune.tsv",
                "src/test/resources/evaluation/blind2/injection/injection-train.tsv",
                "src/test/resources/evaluation/blind4/injection/injection-train.tsv",
                "src/test/resources/evaluation/blind7/injection/injection-train-m2.tsv",
                "src/test/resources/evaluation/blind7/injection/injection-train-m3.tsv",
                "src/test/resources/evaluation/blind11/injection/injection-train-m4.tsv",
                "src/test/resources/evaluation/blind14/injection/injection-train-a14.tsv",
                "src/test/resources/evaluation/blind18/injection/injection-train-a18.tsv",
                "src/test/resources/evaluation/blind22/injection/injection-train-a22.tsv",
                "src/test/resources/evaluation/blind26/injection/injection-train-a26.tsv");
        for (Path file : InjectionEvaluation.allTrainingFiles()) {
            String name = file.startsWith(InjectionEvaluation.PUBLIC_DATA) ? file.getFileName().toString() : file.toString().replace('\\', '/');
            assertThat(file.getFileName().toString()).doesNotContain("report").doesNotContain("-test").doesNotContain("val");
            assertThat(allowed).as("training input " + name).contains(name);
        }
    }
}
