package nl.helder.guard.signals;

import nl.helder.guard.Signal;
import nl.helder.guard.SignalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-signal precision and recall on a labelled file of {@code lang<TAB>labels<TAB>text} lines: the team's own
 * {@code evaluation/signals-messages.tsv} or a blind set; {@code main} prints the table.
 */
final class SignalsEvaluation {

    record Labelled(String language, Set<Signal> expected, String text) {
    }

    record Counts(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The same counts restricted to the messages of one language. */
    record LanguageReport(Map<Signal, Counts> perSignal, int negatives, int cleanNegatives) {
    }

    record Report(Map<Signal, Counts> perSignal, int negatives, int cleanNegatives, int messages, Map<String, Integer> perLanguage,
                  Map<String, LanguageReport> languages, List<String> mistakes) {
        String table() {
            StringBuilder out = new StringBuilder("| signal | labelled | precision | recall | F1 |\n|---|---|---|---|---|\n");
            perSignal.forEach((signal, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n",
                    signal, c.truePositives() + c.falseNegatives(), c.precision(), c.recall(), c.f1())));
            out.append(String.format(Locale.ROOT, "%nHard negatives without any signal: %d/%d (%.1f %%). Messages: %d %s%n",
                    cleanNegatives, negatives, 100.0 * cleanNegatives / negatives, messages, perLanguage));
            return out.toString();
        }

        /** Precision/recall per signal and the clean rate of the negatives, one row per language. */
        String languageTable() {
            StringBuilder out = new StringBuilder("| lang |");
            perSignal.keySet().forEach(signal -> out.append(' ').append(signal).append(" P/R |"));
            out.append(" negatives clean |\n|---|").append("---|".repeat(perSignal.size() + 1)).append('\n');
            languages.forEach((language, report) -> {
                out.append("| ").append(language).append(" |");
                report.perSignal().forEach((signal, c) -> out.append(String.format(Locale.ROOT, " %.2f / %.2f |", c.precision(), c.recall())));
                out.append(String.format(Locale.ROOT, " %d/%d |%n", report.cleanNegatives(), report.negatives()));
            });
            return out.toString();
        }
    }

    static List<Labelled> messages() {
        try (InputStream in = SignalsEvaluation.class.getResourceAsStream("/evaluation/signals-messages.tsv")) {
            return parse(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code lang<TAB>labels<TAB>text} lines; labels are comma-separated signals or {@code -}. */
    static List<Labelled> parse(List<String> lines) {
        List<Labelled> messages = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            Set<Signal> expected = EnumSet.noneOf(Signal.class);
            if (!columns[1].equals("-")) {
                for (String signal : columns[1].split(",")) {
                    expected.add(Signal.valueOf(signal.trim()));
                }
            }
            messages.add(new Labelled(columns[0], expected, columns[2]));
        }
        return messages;
    }

    static Report run(SignalDetector detector) {
        return run(detector, messages());
    }

    static Report run(SignalDetector detector, List<Labelled> messages) {
        Tally all = new Tally();
        Map<String, Tally> perLanguage = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        for (Labelled message : messages) {
            Set<Signal> found = detector.detect(message.text());
            all.add(message, found);
            perLanguage.computeIfAbsent(message.language(), language -> new Tally()).add(message, found);
            for (Signal signal : Signal.values()) {
                boolean expected = message.expected().contains(signal);
                if (found.contains(signal) && !expected) {
                    mistakes.add("false " + signal + ": " + message.text());
                } else if (expected && !found.contains(signal)) {
                    mistakes.add("missed " + signal + ": " + message.text());
                }
            }
        }
        Map<String, Integer> sizes = new TreeMap<>();
        Map<String, LanguageReport> languages = new TreeMap<>();
        perLanguage.forEach((language, tally) -> {
            sizes.put(language, tally.messages);
            languages.put(language, tally.report());
        });
        LanguageReport overall = all.report();
        return new Report(overall.perSignal(), overall.negatives(), overall.cleanNegatives(), messages.size(), sizes,
                languages, mistakes);
    }

    /** Counts of true positives, false positives and misses per signal, and clean negatives, for some messages. */
    private static final class Tally {
        private final Map<Signal, int[]> counts = new EnumMap<>(Signal.class);
        private int messages;
        private int negatives;
        private int clean;

        Tally() {
            for (Signal signal : Signal.values()) {
                counts.put(signal, new int[3]);
            }
        }

        void add(Labelled message, Set<Signal> found) {
            messages++;
            for (Signal signal : Signal.values()) {
                boolean expected = message.expected().contains(signal);
                boolean detected = found.contains(signal);
                if (expected || detected) {
                    counts.get(signal)[expected && detected ? 0 : detected ? 1 : 2]++;
                }
            }
            if (message.expected().isEmpty()) {
                negatives++;
                clean += found.isEmpty() ? 1 : 0;
            }
        }

        LanguageReport report() {
            Map<Signal, Counts> perSignal = new EnumMap<>(Signal.class);
            counts.forEach((signal, c) -> perSignal.put(signal, new Counts(c[0], c[1], c[2])));
            return new LanguageReport(perSignal, negatives, clean);
        }
    }

    public static void main(String[] args) {
        Report report = run(new ConversationSignals());
        System.out.println(report.table());
        report.mistakes().forEach(System.out::println);
    }
}
