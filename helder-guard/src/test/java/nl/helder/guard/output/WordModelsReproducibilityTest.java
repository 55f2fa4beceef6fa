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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two shipped word models are what {@link WordModelTrainer} makes of their training answers: every blind answers
 * train file (eleven authors), the engineer's answers and the honest answers that were read. Training again gives the
 * committed weights digit for digit; {@code -DwriteWordModels=true} writes them after a change. Never trained on: a
 * report file (refused), nor round five's blind honest answers ({@code blind5/honest}), which judge them.
 */
class WordModelsReproducibilityTest {

    private static final Path FOLDER = Path.of("src/main/resources/nl/helder/guard/output/");

    /** Every blind answers file that may be learnt from: the cues' model's four and the later train files. */
    static final List<BlindSet> INPUTS = inputs();

    private static List<BlindSet> inputs() {
        List<BlindSet> inputs = new ArrayList<>(AnswerModelReproducibilityTest.BLIND_INPUTS);
        inputs.addAll(List.of(BlindSet.TRAIN_6P2, BlindSet.TRAIN_6P3, BlindSet.TRAIN_8P4, BlindSet.TRAIN_8P5, BlindSet.TRAIN_8D,
                BlindSet.TRAIN_10A, BlindSet.TRAIN_10B));
        return List.copyOf(inputs);
    }

    /** One of the two word models: its kind, label, features, resource and the share above which a word is no feature. */
    record Kind(CueHit.Kind kind, String label, Function<ManipulationEvaluation.Labelled, java.util.Set<String>> features, String resource,
                double maxShare) {

        WordModel train(List<BlindSet> blindInputs, List<String> honestFiles, List<String> header) {
            return WordModelTrainer.train(kind, examples(blindInputs, honestFiles), maxShare, header);
        }

        List<WordModelTrainer.Example> examples(List<BlindSet> blindInputs, List<String> honestFiles) {
            List<WordModelTrainer.Example> examples = new ArrayList<>();
            for (ManipulationEvaluation.Labelled answer : answers(blindInputs, honestFiles)) {
                examples.add(new WordModelTrainer.Example(answer.labels().contains(label), features.apply(answer)));
            }
            return examples;
        }
    }

    static final Kind PERSON_TALK = new Kind(CueHit.Kind.HUMAN, "CLAIMS_HUMAN", a -> PersonTalk.features(a.text()), PersonTalk.RESOURCE,
            PersonTalk.MAX_SHARE);
    static final Kind MANIPULATION_WORDS = new Kind(CueHit.Kind.MANIPULATION, "MANIPULATIVE",
            a -> ManipulationWords.features(a.text(), new SourceSupport(a.sources())), ManipulationWords.RESOURCE, ManipulationWords.MAX_SHARE);

    /** The labelled answers of {@code blindInputs}, the engineer's answers and the honest files given. */
    static List<ManipulationEvaluation.Labelled> answers(List<BlindSet> blindInputs, List<String> honestFiles) {
        return AnswerModelReproducibilityTest.labelledAnswers(blindInputs, honestFiles);
    }

    static List<String> header(Kind model, int answers) {
        return List.of("Helder word model (" + model.label() + "): logistic regression over "
                        + (model == PERSON_TALK ? "PersonTalk's" : "ManipulationWords'") + " words (WordModelTrainer).",
                "Trained on " + answers + " labelled answers: the blind answers train files (tune; train of rounds two, three, five; P2 to P5; D; A10, B10),",
                "evaluation/answers-own.tsv, answers-honest-service.tsv and blind3/honest/answers-honest-b.tsv. Never on a report file",
                "nor on blind5/honest/answers-honest-c.tsv. Words in fewer than two training answers or in more than a share of " + model.maxShare()
                        + " are no feature.",
                "Re-create: ./mvnw -q -o -pl helder-guard -Dtest=WordModelsReproducibilityTest -DwriteWordModels=true test");
    }

    @Test
    void retrainingGivesTheShippedPersonTalkModel() throws IOException {
        retrainingGivesTheShipped(PERSON_TALK);
    }

    @Test
    void retrainingGivesTheShippedManipulationWordsModel() throws IOException {
        retrainingGivesTheShipped(MANIPULATION_WORDS);
    }

    private static void retrainingGivesTheShipped(Kind model) throws IOException {
        int answers = answers(INPUTS, AnswerModelReproducibilityTest.HONEST_INPUTS).size();
        StringWriter retrained = new StringWriter();
        model.train(INPUTS, AnswerModelReproducibilityTest.HONEST_INPUTS, header(model, answers)).write(retrained);
        Path shipped = FOLDER.resolve(model.resource());
        if (Boolean.getBoolean("writeWordModels")) {
            Files.writeString(shipped, retrained.toString(), StandardCharsets.UTF_8);
        }
        assertThat(retrained.toString().lines().toList()).isEqualTo(Files.readString(shipped, StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void refusesToTrainOnAReportFile() {
        assertThat(INPUTS).noneMatch(BlindSet::report);
        assertThatThrownBy(() -> answers(List.of(BlindSet.TRAIN_6P2, BlindSet.REPORT_5), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers(List.of(BlindSet.REPORT_8Q2), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answers(List.of(), List.of("/evaluation/blind5/honest/answers-honest-c.tsv"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(AnswerModelReproducibilityTest.HONEST_INPUTS).noneMatch(name -> name.contains("blind5"));
    }
}
