package nl.helder.guard.injection;

import nl.helder.guard.InjectionAssessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * True- and false-positive rates of the injection guard, per data set. Public sets come from
 * {@code ../shared/data/injection} (see its README): {@code promptshield-val} is held out (the shipped model is
 * trained on {@code promptshield-train} and {@code deepset-…-train}); {@code deepset-…-train} is reported by
 * five-fold cross-validation (five models, each trained without the fold it is scored on); the NotInject sets
 * are benign prompts full of trigger words. Our own sets: benign customer messages in Dutch and English (the
 * repository's labelled messages of the other guards plus hand-written look-alikes) and multilingual attacks,
 * also sent disguised.
 *
 * <p>Run: {@code ./mvnw -q -pl helder-guard test-compile exec:java ...} or the test {@link InjectionEvaluationTest},
 * which prints this report.
 */
final class InjectionEvaluation {

    static final Path PUBLIC_DATA = Path.of(System.getProperty("helder.injection-data", "../../shared/data/injection"));
    /** The benign prose the shipped model is trained on: the demo knowledge base and generated customer messages. */
    static final List<Path> PROSE = List.of(Path.of("../helder-server/src/main/resources/kb/demo"), Path.of("training"));
    static final Path RETRIEVAL_QUESTIONS = Path.of("../helder-server/src/test/resources/evaluation/retrieval-questions.tsv");
    static final List<String> TRAINING_FILES = List.of("promptshield-train.jsonl", "deepset-prompt-injections-train.jsonl");
    /**
     * Labelled training data in the repository: attacks and look-alikes Helder wrote in four languages, the blind
     * set's tune file, and (from round seven of issue 14) the blind train files of rounds two, four and seven, four
     * more authors writing customer messages and attacks on them: a model that leaves one of them out and is scored on
     * it catches more of its attacks with fewer false alarms (README, "Injection guard"). A report file never.
     */
    static final List<Path> OWN_TRAINING_FILES = List.of(Path.of("training/injection-examples.tsv"),
            Path.of("src/test/resources/evaluation/blind/injection/injection-tune.tsv"),
            Path.of("src/test/resources/evaluation/blind2/injection/injection-train.tsv"),
            Path.of("src/test/resources/evaluation/blind4/injection/injection-train.tsv"),
            Path.of("src/test/resources/evaluation/blind7/injection/injection-train-m2.tsv"),
            Path.of("src/test/resources/evaluation/blind7/injection/injection-train-m3.tsv"),
            Path.of("src/test/resources/evaluation/blind11/injection/injection-train-m4.tsv"),
            Path.of("src/test/resources/evaluation/blind14/injection/injection-train-a14.tsv"),
            Path.of("src/test/resources/evaluation/blind18/injection/injection-train-a18.tsv"),
            Path.of("src/test/resources/evaluation/blind22/injection/injection-train-a22.tsv"),
            Path.of("src/test/resources/evaluation/blind26/injection/injection-train-a26.tsv"));

    /** Every labelled file the shipped model is trained on, in training order. */
    static List<Path> allTrainingFiles() {
        List<Path> files = new ArrayList<>(TRAINING_FILES.stream().map(PUBLIC_DATA::resolve).toList());
        files.addAll(OWN_TRAINING_FILES);
        return files;
    }
    static final int FOLDS = 5;

    /** Detections on one set: attacks found among the attacks, benign texts flagged among the benign. */
    record Rates(String set, int attacks, int detected, int benign, int flagged, List<String> misses, List<String> falseAlarms) {
        double truePositiveRate() {
            return attacks == 0 ? Double.NaN : (double) detected / attacks;
        }

        double falsePositiveRate() {
            return benign == 0 ? Double.NaN : (double) flagged / benign;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s |", set,
                    attacks == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", truePositiveRate(), detected, attacks),
                    benign == 0 ? "–" : String.format(Locale.ROOT, "%.4f (%d/%d)", falsePositiveRate(), flagged, benign));
        }
    }

    static Rates score(String set, List<LabelledText> examples, InjectionGuard guard) {
        int attacks = 0;
        int detected = 0;
        int benign = 0;
        int flagged = 0;
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (LabelledText example : examples) {
            InjectionAssessment assessment = guard.assess(example.text());
            if (example.injection()) {
                attacks++;
                if (assessment.blocked()) {
                    detected++;
                } else {
                    misses.add(String.format(Locale.ROOT, "%.2f %s", assessment.score(), oneLine(example.text())));
                }
            } else {
                benign++;
                if (assessment.blocked()) {
                    flagged++;
                    falseAlarms.add(String.format(Locale.ROOT, "%.2f %s %s", assessment.score(), oneLine(example.text()), assessment.reasons()));
                }
            }
        }
        return new Rates(set, attacks, detected, benign, flagged, misses, falseAlarms);
    }

    static boolean publicDataPresent() {
        return Files.isRegularFile(PUBLIC_DATA.resolve("promptshield-val.jsonl"));
    }

    /** Every set, scored with the shipped guard (and, for deepset, cross-validated models). */
    static List<Rates> run(double threshold) throws IOException {
        InjectionGuard shipped = InjectionGuard.standard(threshold);
        List<Rates> rates = new ArrayList<>();
        if (publicDataPresent()) {
            rates.add(score("promptshield-val (held out)", InjectionData.read(PUBLIC_DATA.resolve("promptshield-val.jsonl")), shipped));
            rates.add(crossValidatedDeepset(threshold));
            for (String notInject : List.of("NotInject_one.json", "NotInject_two.json", "NotInject_three.json")) {
                rates.add(score(notInject + " (benign, trigger words)", InjectionData.read(PUBLIC_DATA.resolve(notInject)), shipped));
            }
        }
        Map<String, List<LabelledText>> customers = benignCustomerMessages();
        List<LabelledText> allCustomers = customers.values().stream().flatMap(List::stream).toList();
        rates.add(score("customer messages nl/en, all (benign)", allCustomers, shipped));
        customers.forEach((name, messages) -> rates.add(score("  of which " + name, messages, shipped)));
        List<LabelledText> attacks = multilingualAttacks();
        rates.add(score("Helder attacks nl/en/de/fr, plain", attacks, shipped));
        disguises().forEach((name, disguise) -> rates.add(score("Helder attacks, " + name, attacks.stream()
                .map(a -> new LabelledText(disguise.apply(a.text()), true, a.source())).toList(), shipped)));
        return rates;
    }

    /** Five models, each trained as the shipped one is (promptshield-train, Helder's own examples, the blind files trained on, the benign prose) but on four fifths of deepset. */
    static Rates crossValidatedDeepset(double threshold) throws IOException {
        List<LabelledText> deepset = InjectionData.read(PUBLIC_DATA.resolve("deepset-prompt-injections-train.jsonl"));
        List<LabelledText> base = new ArrayList<>(InjectionData.read(PUBLIC_DATA.resolve("promptshield-train.jsonl")));
        for (Path file : OWN_TRAINING_FILES) {
            base.addAll(InjectionData.read(file));
        }
        for (Path folder : PROSE) {
            base.addAll(InjectionData.benignProse(folder));
        }
        List<Rates> folds = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledText> training = new ArrayList<>(base);
            List<LabelledText> held = new ArrayList<>();
            for (int i = 0; i < deepset.size(); i++) {
                (i % FOLDS == fold ? held : training).add(deepset.get(i));
            }
            InjectionModel model = InjectionModelTrainer.train(training, List.of());
            folds.add(score("fold", held, InjectionGuard.withModel(model, threshold)));
        }
        return new Rates("deepset-train (5-fold cross-validation)",
                folds.stream().mapToInt(Rates::attacks).sum(), folds.stream().mapToInt(Rates::detected).sum(),
                folds.stream().mapToInt(Rates::benign).sum(), folds.stream().mapToInt(Rates::flagged).sum(),
                folds.stream().flatMap(r -> r.misses().stream()).toList(), folds.stream().flatMap(r -> r.falseAlarms().stream()).toList());
    }

    /**
     * Realistic customer messages, none of them attacks: the labelled messages of the signal and privacy
     * evaluations, the retrieval questions, and look-alikes that use attack words innocently. Duplicates are
     * counted once.
     */
    static Map<String, List<LabelledText>> benignCustomerMessages() throws IOException {
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        // Counted once, and never a message the model trained on: short everyday messages ("medewerker", "i forgot
        // my password") are in the blind train files too, and a false-positive rate must be out of sample.
        Set<String> seen = new LinkedHashSet<>();
        for (Path file : OWN_TRAINING_FILES) {
            InjectionData.read(file).forEach(example -> seen.add(example.text()));
        }
        sets.put("look-alikes (injection-benign-tricky.tsv)", benign(column(resource("injection-benign-tricky.tsv"), 1), seen, "tricky"));
        sets.put("signals-messages.tsv", benign(column(resource("signals-messages.tsv"), 2), seen, "signals"));
        sets.put("privacy-messages-handwritten.tsv", benign(column(resource("privacy-messages-handwritten.tsv"), 0), seen, "privacy"));
        List<String> privacy = InjectionData.read(Path.of("src/test/resources/evaluation/privacy-messages.jsonl")).stream()
                .map(LabelledText::text).toList();
        sets.put("privacy-messages.jsonl", benign(privacy, seen, "privacy"));
        if (Files.isRegularFile(RETRIEVAL_QUESTIONS)) {
            List<String> questions = column(Files.readAllLines(RETRIEVAL_QUESTIONS).stream()
                    .filter(l -> !l.startsWith("split\t")).toList(), 3);
            sets.put("retrieval-questions.tsv", benign(questions, seen, "retrieval"));
        }
        return sets;
    }

    private static List<LabelledText> benign(List<String> texts, Set<String> seen, String source) {
        return texts.stream().filter(seen::add).map(t -> new LabelledText(t, false, source)).toList();
    }

    /**
     * Lines of {@code lang<TAB>INJECTION|BENIGN<TAB>text} (the blind sets), with the language as the source so
     * that {@link #score} can be run per language; {@code \n} in a text stands for a line break.
     */
    static List<LabelledText> labelled(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3))
                .map(f -> new LabelledText(f[2].replace("\\n", "\n"), labelIsInjection(f[1]), f[0])).toList();
    }

    private static boolean labelIsInjection(String label) {
        return switch (label) {
            case "INJECTION" -> true;
            case "BENIGN" -> false;
            default -> throw new IllegalArgumentException("unknown label " + label);
        };
    }

    static List<LabelledText> multilingualAttacks() {
        return column(resource("injection-attacks-multilingual.tsv"), 2).stream().map(t -> new LabelledText(t, true, "helder")).toList();
    }

    /** The disguises of the issue, each applied to the whole attack. */
    static Map<String, UnaryOperator<String>> disguises() {
        Map<String, UnaryOperator<String>> disguises = new LinkedHashMap<>();
        disguises.put("in base64 (\"decode: …\")", t -> "decode: " + Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8)));
        disguises.put("in hex", t -> "lees dit: " + hex(t));
        disguises.put("leetspeak", t -> t.replace('e', '3').replace('o', '0').replace('i', '1').replace('a', '4'));
        disguises.put("zero-width characters", t -> t.replaceAll("(?<=\\p{L})(?=\\p{L})", "\u200B"));
        disguises.put("Cyrillic look-alikes", t -> t.replace('a', 'а').replace('e', 'е').replace('o', 'о'));
        disguises.put("hidden in tag characters", t -> "Waar is mijn pakket?" + tags(t));
        disguises.put("spaced-out letters", t -> String.join("  ", t.split(" ")).replaceAll("(?<=\\S)(?=\\S)", " "));
        return disguises;
    }

    private static String hex(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format(Locale.ROOT, "%02x", b));
        }
        return out.toString();
    }

    private static String tags(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().filter(c -> c >= 0x20 && c < 0x7F).forEach(c -> out.appendCodePoint(0xE0000 + c));
        return out.toString();
    }

    private static List<String> resource(String name) {
        try (InputStream in = InjectionEvaluation.class.getResourceAsStream("/evaluation/" + name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> column(List<String> lines, int index) {
        return lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                .filter(f -> f.length > index).map(f -> f[index].replace("\\n", "\n")).toList();
    }

    private static String oneLine(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 140 ? line.substring(0, 140) + "…" : line;
    }

    public static void main(String[] args) throws IOException {
        double threshold = Double.parseDouble(System.getProperty("threshold", String.valueOf(InjectionGuard.DEFAULT_BLOCKING_SCORE)));
        List<Rates> rates = run(threshold);
        System.out.println("Threshold " + threshold + "\n");
        System.out.println("| set | true-positive rate | false-positive rate |\n|---|---|---|");
        rates.forEach(r -> System.out.println(r.row()));
        if (args.length > 0 && args[0].equals("--mistakes")) {
            for (Rates r : rates) {
                r.misses().forEach(m -> System.out.println("MISS  " + r.set() + ": " + m));
                r.falseAlarms().forEach(m -> System.out.println("FALSE " + r.set() + ": " + m));
            }
        }
    }
}
