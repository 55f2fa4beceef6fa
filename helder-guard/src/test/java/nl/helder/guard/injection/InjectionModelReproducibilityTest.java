package nl.helder.guard.injection;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped model is what the trainer makes of the public data and the benign prose: training again gives
 * the committed file byte for byte, so nobody has to take the model on trust. Its inputs are the ones allowed: the
 * public train splits, Helder's own examples and the blind files that may be trained on, never a report file.
 */
class InjectionModelReproducibilityTest {

    /** Every labelled input the model may be trained on; a blind set's report file is never among them. */
    private static final List<String> ALLOWED_INPUTS = List.of("promptshield-train.jsonl", "deepset-prompt-injections-train.jsonl",
            "training/injection-examples.tsv", "evaluation/blind/injection/injection-tune.tsv",
            "evaluation/blind2/injection/injection-train.tsv");

    @Test
    void trainsOnlyOnFilesThatMayBeTrainedOn() {
        List<String> inputs = InjectionEvaluation.allTrainingFiles().stream().map(p -> p.toString().replace('\\', '/')).toList();
        assertThat(inputs).allSatisfy(input -> assertThat(ALLOWED_INPUTS).anySatisfy(allowed -> assertThat(input).endsWith(allowed)));
        assertThat(inputs).noneMatch(input -> input.contains("report") || input.contains("-test") || input.contains("/public/"));
        String shipped = InjectionModel.standard().header().toString();
        assertThat(shipped).contains("injection-train.tsv").doesNotContain("report");
    }

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
}
