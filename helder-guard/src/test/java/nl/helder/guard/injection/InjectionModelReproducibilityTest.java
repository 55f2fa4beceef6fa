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
}
