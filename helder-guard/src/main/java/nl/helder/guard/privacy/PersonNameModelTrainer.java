package nl.helder.guard.privacy;

import nl.helder.guard.PersonalDataType;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Trains the {@link PersonNameModel}: logistic regression by full-batch gradient descent (no random order, so
 * the same data gives the same weights, byte for byte) with L2 regularisation, over the {@link NameFeatures} of
 * every candidate in labelled messages, a candidate being a name when it overlaps a labelled {@code
 * PERSON_NAME}. The common-word list it ships with is every word seen in lower case at least twice in the
 * prose and the messages (words in e-mail addresses, links and codes left out).
 *
 * <pre>
 * java -cp helder-guard/target/helder-guard.jar nl.helder.guard.privacy.PersonNameModelTrainer \
 *   --examples helder-guard/src/test/resources/evaluation/blind/privacy/privacy-tune.tsv helder-guard/training/privacy-names.tsv \
 *     helder-guard/src/test/resources/evaluation/blind2/privacy/privacy-train.tsv \
 *   --prose helder-guard/training/customer-messages.txt helder-server/src/main/resources/kb/demo \
 *   --out helder-guard/src/main/resources/nl/helder/guard/privacy/person-name-model.tsv
 * </pre>
 */
public final class PersonNameModelTrainer {

    private static final int ITERATIONS = 3000;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 0.002;
    private static final int MIN_CANDIDATES = 2;
    private static final int MIN_LOWER_CASE = 2;

    /** A message with the spans of its labelled names. */
    record Example(String text, List<int[]> names) {
    }

    private PersonNameModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> examples = new ArrayList<>();
        List<Path> prose = new ArrayList<>();
        Path out = null;
        List<Path> current = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--examples" -> current = examples;
                case "--prose" -> current = prose;
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    if (current == null) {
                        throw new IllegalArgumentException("usage: --examples FILE... --prose FILE|DIR... --out FILE");
                    }
                    current.add(Path.of(args[i]));
                }
            }
        }
        try (Writer writer = out == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8) : Files.newBufferedWriter(out)) {
            train(examples, prose, writer);
        }
    }

    /** Trains on the labelled example files and the prose, and writes the model to {@code out}. */
    public static void train(List<Path> exampleFiles, List<Path> prose, Writer out) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("Helder person-name model: logistic regression over name-in-context features (PersonNameModelTrainer).");
        List<Example> examples = new ArrayList<>();
        for (Path file : exampleFiles) {
            List<Example> read = read(file);
            examples.addAll(read);
            header.add("examples " + file.getFileName() + ": " + read.size() + " messages, "
                    + read.stream().mapToInt(e -> e.names().size()).sum() + " names");
        }
        List<String> texts = new ArrayList<>();
        for (Path path : prose) {
            List<String> read = prose(path);
            texts.addAll(read);
            header.add("prose " + path.getFileName() + ": " + read.size() + " texts");
        }
        examples.forEach(e -> texts.add(e.text()));
        Set<String> common = commonWords(texts);
        header.add("common words (seen in lower case at least " + MIN_LOWER_CASE + " times): " + common.size());
        Map<String, Double> weights = fit(examples, common, header);
        PersonNameModel.write(header, weights, common, out);
    }

    /**
     * Lines of {@code lang<TAB>text<TAB>TYPE=value;...}, as in the blind sets; only PERSON_NAME labels count. A
     * column-name row ({@code lang<TAB>text<TAB>labels}, as round two's train file has) is skipped. A report file
     * is refused: its figures must stay unseen by the model.
     */
    static List<Example> read(Path file) throws IOException {
        if (file.getFileName().toString().contains("report")) {
            throw new IllegalArgumentException("never trained on a report file: " + file);
        }
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String text = columns[1].replace("\\n", "\n");
            List<int[]> names = new ArrayList<>();
            if (columns.length > 2 && !columns[2].isBlank()) {
                for (String label : columns[2].split(";")) {
                    int equals = label.indexOf('=');
                    if (!label.substring(0, equals).equals(PersonalDataType.PERSON_NAME.name())) {
                        continue;
                    }
                    String value = label.substring(equals + 1).replace("\\n", "\n");
                    int start = text.indexOf(value);
                    if (start < 0) {
                        throw new IllegalStateException(file + ": '" + value + "' is not in " + text);
                    }
                    names.add(new int[] {start, start + value.length()});
                }
            }
            examples.add(new Example(text, names));
        }
        return examples;
    }

    static List<String> prose(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** Words seen in lower case at least {@value #MIN_LOWER_CASE} times, outside addresses, links and codes. */
    static Set<String> commonWords(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (String chunk : text.split("\\s+")) {
                if (chunk.contains("@") || chunk.contains("/") || chunk.contains("_") || chunk.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                for (String word : chunk.split("[^\\p{L}'-]+")) {
                    word = word.replaceAll("^['-]+|['-]+$", "");
                    if (word.length() >= 2 && Character.isLowerCase(word.charAt(0))) {
                        counts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> common = new TreeSet<>();
        counts.forEach((word, count) -> {
            if (count >= MIN_LOWER_CASE) {
                common.add(word);
            }
        });
        return common;
    }

    /** The model these examples and common words give (for cross-validation). */
    static PersonNameModel model(List<Example> examples, Set<String> common) {
        return new PersonNameModel(fit(examples, common, new ArrayList<>()), common, NameLexicon.STANDARD);
    }

    private static Map<String, Double> fit(List<Example> examples, Set<String> common, List<String> header) {
        PersonNameModel blank = new PersonNameModel(Map.of(), common, NameLexicon.STANDARD);
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (Example example : examples) {
            ScanText text = new ScanText(example.text());
            for (NameCandidate candidate : blank.candidates(text)) {
                List<String> features = blank.features(text, candidate);
                rows.add(features);
                labels.add(example.names().stream().anyMatch(n -> n[0] < candidate.end() && candidate.start() < n[1]));
                new TreeSet<>(features).forEach(f -> seen.merge(f, 1, Integer::sum));
            }
        }
        List<String> vocabulary = seen.entrySet().stream().filter(e -> e.getValue() >= MIN_CANDIDATES).map(Map.Entry::getKey).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < vocabulary.size(); k++) {
            index.put(vocabulary.get(k), k);
        }
        int[][] x = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = rows.get(r).stream().filter(index::containsKey).mapToInt(index::get).distinct().sorted().toArray();
        }
        double[] w = new double[vocabulary.size()];
        double[] gradient = new double[w.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int r = 0; r < x.length; r++) {
                double z = 0;
                for (int f : x[r]) {
                    z += w[f];
                }
                double error = 1 / (1 + Math.exp(-z)) - (labels.get(r) ? 1 : 0);
                for (int f : x[r]) {
                    gradient[f] += error;
                }
            }
            for (int f = 0; f < w.length; f++) {
                w[f] -= LEARNING_RATE * (gradient[f] / x.length + L2 * w[f]);
            }
        }
        long positives = labels.stream().filter(b -> b).count();
        header.add("candidates: " + rows.size() + ", of which names: " + positives + "; features (in at least "
                + MIN_CANDIDATES + " candidates): " + vocabulary.size());
        header.add("full-batch gradient descent, " + ITERATIONS + " iterations, learning rate " + LEARNING_RATE + ", L2 " + L2);
        Map<String, Double> weights = new TreeMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(vocabulary.get(f), w[f]);
        }
        return weights;
    }
}
