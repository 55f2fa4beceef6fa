package nl.helder.guard.signals;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped signal model is what the trainer makes of the blind tune file and the team's written examples:
 * training again gives the committed file byte for byte, so nobody has to take the weights on trust. The report
 * file is not among the inputs.
 */
class SignalModelReproducibilityTest {

    static final List<Path> TRAINING = List.of(Path.of("src/test/resources/evaluation/blind/signals/signals-tune.tsv"),
            Path.of("src/test/resources/evaluation/blind2/signals/signals-train.tsv"), Path.of("training/signals/signal-examples.tsv"),
            Path.of("training/signals/signal-examples-2.tsv"), Path.of("src/test/resources/evaluation/blind3/signals/signals-train-d.tsv"),
            Path.of("src/test/resources/evaluation/blind3/signals/signals-train-e.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-u.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-v.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-w.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-x.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-y.tsv"),
            Path.of("src/test/resources/evaluation/blind6/signals/signals-train-z.tsv"),
            Path.of("src/test/resources/evaluation/blind9/signals/signals-train-a9.tsv"),
            Path.of("src/test/resources/evaluation/blind9/signals/signals-train-b9.tsv"),
            Path.of("src/test/resources/evaluation/blind12/signals/signals-train-a12.tsv"),
            Path.of("src/test/resources/evaluation/blind13/signals/signals-train-a13.tsv"),
            Path.of("src/test/resources/evaluation/blind17/signals/signals-train-a17.tsv"));

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        StringWriter retrained = new StringWriter();
        int messages = SignalModelTrainer.train(TRAINING, retrained);

        String shipped = Files.readString(Path.of("src/main/resources/nl/helder/guard/signals/" + SignalModel.RESOURCE), StandardCharsets.UTF_8);
        assertThat(retrained.toString()).isEqualTo(shipped);
        assertThat(messages).isEqualTo(6733);
        assertThat(TRAINING).noneMatch(path -> path.toString().contains("report"));
    }
}
