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

/** Per-signal precision and recall on {@code evaluation/signals-messages.tsv}; {@code main} prints the table. */
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
    }

    record Report(Map<Signal, Counts> perSignal, int negatives, int cleanNegatives, int messages, Map<String, Integer> perLanguage,
                  List<String> mistakes) {
        String table() {
            StringBuilder out = new StringBuilder("| signal | labelled | precision | recall |\n|---|---|---|---|\n");
            perSignal.forEach((signal, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n",
                    signal, c.truePositives() + c.falseNegatives(), c.precision(), c.recall())));
            out.append(String.format(Locale.ROOT, "%nHard negatives without any signal: %d/%d (%.1f %%). Messages: %d %s%n",
                    cleanNegatives, negatives, 100.0 * cleanNegatives / negatives, messages, perLanguage));
            return out.toString();
        }
    }

    static List<Labelled> messages() {
        try (InputStream in = SignalsEvaluation.class.getResourceAsStream("/evaluation/signals-messages.tsv")) {
            List<Labelled> messages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report run(SignalDetector detector) {
        Map<Signal, int[]> counts = new EnumMap<>(Signal.class);
        for (Signal signal : Signal.values()) {
            counts.put(signal, new int[3]);
        }
        int negatives = 0;
        int clean = 0;
        Map<String, Integer> perLanguage = new java.util.TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        List<Labelled> messages = messages();
        for (Labelled message : messages) {
            perLanguage.merge(message.language(), 1, Integer::sum);
            Set<Signal> found = detector.detect(message.text());
            for (Signal signal : Signal.values()) {
                boolean expected = message.expected().contains(signal);
                boolean detected = found.contains(signal);
                if (expected && detected) {
                    counts.get(signal)[0]++;
                } else if (detected) {
                    counts.get(signal)[1]++;
                    mistakes.add("false " + signal + ": " + message.text());
                } else if (expected) {
                    counts.get(signal)[2]++;
                    mistakes.add("missed " + signal + ": " + message.text());
                }
            }
            if (message.expected().isEmpty()) {
                negatives++;
                clean += found.isEmpty() ? 1 : 0;
            }
        }
        Map<Signal, Counts> perSignal = new EnumMap<>(Signal.class);
        counts.forEach((signal, c) -> perSignal.put(signal, new Counts(c[0], c[1], c[2])));
        return new Report(perSignal, negatives, clean, messages.size(), perLanguage, mistakes);
    }

    public static void main(String[] args) {
        Report report = run(new ConversationSignals());
        System.out.println(report.table());
        report.mistakes().forEach(System.out::println);
    }
}
