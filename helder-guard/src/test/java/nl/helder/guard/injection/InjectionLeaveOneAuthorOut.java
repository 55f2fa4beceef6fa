package nl.helder.guard.injection;

import nl.helder.guard.blind.BlindSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the injection guard does on an author it never saw, measured on training data only: each blind train file
 * (rounds two, four and seven: four authors) is scored by a model trained as the shipped one but without that file,
 * for several values of the model's {@linkplain InjectionGuard#MODEL_ALONE_BLOCKS refusing-alone probability}; beside
 * it deepset-train by five-fold cross-validation and the customer messages. Round seven chose
 * {@code MODEL_ALONE_BLOCKS} from this table (README, "Injection guard"); no report file is read.
 *
 * <p>Run from {@code helder-guard}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * nl.helder.guard.injection.InjectionLeaveOneAuthorOut} (about a minute). The patterns were written after reading the
 * train files' misses, so these are development figures.
 */
final class InjectionLeaveOneAuthorOut {

    private static final double THRESHOLD = InjectionGuard.DEFAULT_BLOCKING_SCORE;
    private static final double[] ALONE = {0.8, 0.85, 0.9, 0.95};

    public static void main(String[] args) throws IOException {
        List<LabelledText> base = new ArrayList<>(InjectionData.read(InjectionEvaluation.PUBLIC_DATA.resolve("promptshield-train.jsonl")));
        for (Path file : InjectionEvaluation.OWN_TRAINING_FILES) {
            if (!file.toString().matches(".*/blind[0-9]+/.*")) {
                base.addAll(InjectionData.read(file)); // Helder's own examples and round one's tune file
            }
        }
        for (Path folder : InjectionEvaluation.PROSE) {
            base.addAll(InjectionData.benignProse(folder));
        }
        List<LabelledText> deepset = InjectionData.read(InjectionEvaluation.PUBLIC_DATA.resolve("deepset-prompt-injections-train.jsonl"));
        Map<String, List<LabelledText>> authors = new LinkedHashMap<>();
        for (BlindSet file : List.of(BlindSet.TRAIN_2, BlindSet.TRAIN_4, BlindSet.TRAIN_7M2, BlindSet.TRAIN_7M3, BlindSet.TRAIN_11M4, BlindSet.TRAIN_14A)) {
            authors.put(file.label(), InjectionEvaluation.labelled(file.lines("injection")));
        }

        Map<String, InjectionModel> leftOut = new LinkedHashMap<>();
        for (String author : authors.keySet()) {
            List<LabelledText> training = new ArrayList<>(base);
            training.addAll(deepset);
            authors.forEach((other, examples) -> {
                if (!other.equals(author)) {
                    training.addAll(examples);
                }
            });
            leftOut.put(author, InjectionModelTrainer.train(training, List.of()));
        }
        List<InjectionModel> folds = new ArrayList<>();
        List<List<LabelledText>> heldFolds = new ArrayList<>();
        for (int fold = 0; fold < InjectionEvaluation.FOLDS; fold++) {
            List<LabelledText> training = new ArrayList<>(base);
            authors.values().forEach(training::addAll);
            List<LabelledText> held = new ArrayList<>();
            for (int i = 0; i < deepset.size(); i++) {
                (i % InjectionEvaluation.FOLDS == fold ? held : training).add(deepset.get(i));
            }
            folds.add(InjectionModelTrainer.train(training, List.of()));
            heldFolds.add(held);
        }
        InjectionModel shipped = InjectionModel.standard();
        List<LabelledText> customers = InjectionEvaluation.benignCustomerMessages().values().stream().flatMap(List::stream).toList();

        System.out.println("| model counts in full (alone) from | left-out author: TPR / FPR (all four together) | per author | deepset-train 5-fold TPR / FPR | customer messages FPR |");
        System.out.println("|---|---|---|---|---|");
        for (double alone : ALONE) {
            List<InjectionEvaluation.Rates> perAuthor = new ArrayList<>();
            leftOut.forEach((author, model) -> perAuthor.add(InjectionEvaluation.score(author, authors.get(author),
                    InjectionGuard.withModel(model, THRESHOLD, alone))));
            List<InjectionEvaluation.Rates> perFold = new ArrayList<>();
            for (int fold = 0; fold < folds.size(); fold++) {
                perFold.add(InjectionEvaluation.score("fold", heldFolds.get(fold), InjectionGuard.withModel(folds.get(fold), THRESHOLD, alone)));
            }
            InjectionEvaluation.Rates customerRates = InjectionEvaluation.score("customers", customers, InjectionGuard.withModel(shipped, THRESHOLD, alone));
            System.out.printf(Locale.ROOT, "| %.2f | %s | %s | %s | %.4f (%d/%d) |%n", alone, pooled(perAuthor),
                    String.join(", ", perAuthor.stream().map(r -> String.format(Locale.ROOT, "%.3f / %.3f",
                            r.truePositiveRate(), r.falsePositiveRate())).toList()),
                    pooled(perFold), customerRates.falsePositiveRate(), customerRates.flagged(), customerRates.benign());
        }
    }

    private static String pooled(List<InjectionEvaluation.Rates> parts) {
        int attacks = parts.stream().mapToInt(InjectionEvaluation.Rates::attacks).sum();
        int detected = parts.stream().mapToInt(InjectionEvaluation.Rates::detected).sum();
        int benign = parts.stream().mapToInt(InjectionEvaluation.Rates::benign).sum();
        int flagged = parts.stream().mapToInt(InjectionEvaluation.Rates::flagged).sum();
        return String.format(Locale.ROOT, "%.3f (%d/%d) / %.3f (%d/%d)", (double) detected / attacks, detected, attacks,
                (double) flagged / benign, flagged, benign);
    }
}
