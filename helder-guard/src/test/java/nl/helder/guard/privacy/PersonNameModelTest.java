package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.Redactor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The name-in-context model: retraining gives the shipped file byte for byte (so nobody has to take the weights
 * on trust), and a five-fold cross-validation over the blind tune file (each fold's model trained without it,
 * on the other folds and the hand-written examples) says how it does on messages it did not see; the README
 * reports it as the development figure.
 */
class PersonNameModelTest {

    /** The files the model is trained on: tune and train files and our own examples, never a report file. */
    static final List<Path> EXAMPLES = List.of(Path.of("src/test/resources/evaluation/blind/privacy/privacy-tune.tsv"),
            Path.of("training/privacy-names.tsv"), Path.of("src/test/resources/evaluation/blind2/privacy/privacy-train.tsv"),
            Path.of("src/test/resources/evaluation/blind4/privacy/privacy-train.tsv"),
            Path.of("src/test/resources/evaluation/blind7/privacy/privacy-train-k2.tsv"),
            Path.of("src/test/resources/evaluation/blind7/privacy/privacy-train-k3.tsv"));
    static final List<Path> PROSE = List.of(Path.of("training/customer-messages.txt"), Path.of("../helder-server/src/main/resources/kb/demo"));

    @Test
    void neverTrainedOnAReportFile() {
        assertThat(EXAMPLES).noneMatch(path -> path.toString().contains("report"));
        assertThatThrownBy(() -> PersonNameModelTrainer.read(Path.of("src/test/resources/evaluation/blind/privacy/privacy-report.tsv")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retrainingGivesTheShippedModel() throws IOException {
        StringWriter retrained = new StringWriter();
        PersonNameModelTrainer.train(EXAMPLES, PROSE, retrained);

        String shipped = Files.readString(Path.of("src/main/resources/nl/helder/guard/privacy/" + PersonNameModel.RESOURCE), StandardCharsets.UTF_8);
        assertThat(retrained.toString().lines().toList()).isEqualTo(shipped.lines().toList());
    }

    @Test
    void crossValidatedOnTheTuneFile() throws IOException {
        List<PersonNameModelTrainer.Example> tune = PersonNameModelTrainer.read(EXAMPLES.get(0));
        List<PersonNameModelTrainer.Example> own = PersonNameModelTrainer.read(EXAMPLES.get(1));
        List<String> prose = new ArrayList<>();
        for (Path path : PROSE) {
            prose.addAll(PersonNameModelTrainer.prose(path));
        }
        int folds = 5;
        int labelled = 0;
        int found = 0;
        int matched = 0;
        int correct = 0;
        List<String> mistakes = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<PersonNameModelTrainer.Example> training = new ArrayList<>(own);
            List<PersonNameModelTrainer.Example> held = new ArrayList<>();
            for (int k = 0; k < tune.size(); k++) {
                (k % folds == fold ? held : training).add(tune.get(k));
            }
            List<String> texts = new ArrayList<>(prose);
            training.forEach(e -> texts.add(e.text()));
            Set<String> common = PersonNameModelTrainer.commonWords(texts);
            PersonNameModel model = PersonNameModelTrainer.model(training, common);
            for (PersonNameModelTrainer.Example example : held) {
                ScanText scan = new ScanText(example.text());
                PersonNameDetector.detect(scan);
                model.detect(scan);
                List<PersonalDataFinding> names = Redactor.resolveOverlaps(scan.findings()).stream()
                        .filter(f -> f.type() == PersonalDataType.PERSON_NAME).toList();
                for (int[] name : example.names()) {
                    labelled++;
                    boolean hit = names.stream().anyMatch(f -> f.start() < name[1] && name[0] < f.end());
                    matched += hit ? 1 : 0;
                    if (!hit) {
                        mistakes.add("missed " + example.text().substring(name[0], name[1]) + " | " + example.text().replace("\n", "\\n"));
                    }
                }
                for (PersonalDataFinding f : names) {
                    found++;
                    boolean right = example.names().stream().anyMatch(name -> f.start() < name[1] && name[0] < f.end());
                    correct += right ? 1 : 0;
                    if (!right) {
                        mistakes.add("false " + example.text().substring(f.start(), f.end()) + " | " + example.text().replace("\n", "\\n"));
                    }
                }
            }
        }
        double precision = found == 0 ? 1 : (double) correct / found;
        double recall = (double) matched / labelled;
        System.out.printf(Locale.ROOT, "PERSON_NAME, tune file, %d-fold cross-validation: labelled %d, found %d, precision %.3f, recall %.3f%n",
                folds, labelled, found, precision, recall);
        mistakes.forEach(m -> System.out.println("    " + m));
        assertThat(recall).isGreaterThan(0.5);
    }
}
