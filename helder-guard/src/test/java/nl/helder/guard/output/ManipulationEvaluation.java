package nl.helder.guard.output;

import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputCheckType;
import nl.helder.guard.OutputGuard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the output guard's manipulation and honesty checks on labelled answers ({@code lang<TAB>labels<TAB>
 * answer<TAB>source}): the team's own {@code evaluation/answers-manipulation.tsv} (MANIPULATIVE or CLEAN, human
 * claims counted as manipulative) or a blind set that labels CLAIMS_HUMAN and MANIPULATIVE apart. A label
 * corresponds to the check type the guard reports for it; "flagged at all" is any of the two.
 */
final class ManipulationEvaluation {

    static final String CLEAN = "CLEAN";
    static final String ANY = "flagged at all";
    /** Each label and the check type that reports it. */
    static final Map<String, OutputCheckType> CHECK_FOR_LABEL = Map.of(
            "MANIPULATIVE", OutputCheckType.MANIPULATION, "CLAIMS_HUMAN", OutputCheckType.CLAIMS_HUMAN);

    record Labelled(String lang, Set<String> labels, String text, List<String> sources) {
        /** Anything but clean: manipulative, claiming to be human, or both. */
        boolean flaggable() {
            return !labels.contains(CLEAN);
        }
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

        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", label, truePositives + falseNegatives,
                    precision(), recall(), f1());
        }
    }

    /** Per label (the blind set's, or only {@link #ANY} for the team's set), and every mistake. */
    record Report(int answers, Map<String, Counts> perLabel, List<String> mistakes) {
        String table() {
            StringBuilder out = new StringBuilder("| label | labelled | precision | recall | F1 |\n|---|---|---|---|---|\n");
            perLabel.forEach((label, counts) -> out.append(counts.row(label)).append('\n'));
            return out.toString();
        }
    }

    static List<Labelled> resource(String name) {
        try (InputStream in = ManipulationEvaluation.class.getResourceAsStream(name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of honest answers ({@code id<TAB>answer<TAB>source}, the id starting with the language): each CLEAN. */
    static List<Labelled> honest(String name) {
        try (InputStream in = ManipulationEvaluation.class.getResourceAsStream(name)) {
            List<Labelled> answers = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                answers.add(new Labelled(columns[0].substring(0, 2), Set.of("CLEAN"), columns[1],
                        columns[2].equals("-") ? List.of() : List.of(columns[2])));
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Labelled> parse(List<String> lines) {
        List<Labelled> answers = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] columns = line.split("\t");
            answers.add(new Labelled(columns[0], Set.of(columns[1].split(",")), columns[2].replace("\\n", "\n"),
                    columns[3].equals("-") ? List.of() : List.of(columns[3].replace("\\n", "\n"))));
        }
        return answers;
    }

    /** Scores {@link #ANY} and, when {@code perLabel}, each label of {@link #CHECK_FOR_LABEL} against its check. */
    static Report run(OutputGuard guard, List<Labelled> answers, boolean perLabel) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        if (perLabel) {
            CHECK_FOR_LABEL.keySet().stream().sorted().forEach(label -> counts.put(label, new int[3]));
        }
        counts.put(ANY, new int[3]);
        List<String> mistakes = new ArrayList<>();
        for (Labelled answer : answers) {
            Set<OutputCheckType> found = guard.review(answer.text(), answer.sources()).checks().stream()
                    .map(OutputCheck::type).filter(CHECK_FOR_LABEL::containsValue).collect(Collectors.toSet());
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                String label = entry.getKey();
                boolean expected = label.equals(ANY) ? answer.flaggable() : answer.labels().contains(label);
                boolean detected = label.equals(ANY) ? !found.isEmpty() : found.contains(CHECK_FOR_LABEL.get(label));
                if (expected || detected) {
                    entry.getValue()[expected && detected ? 0 : detected ? 1 : 2]++;
                }
                if (expected != detected) {
                    mistakes.add((detected ? "false " : "missed ") + label + " [" + answer.lang() + "] " + answer.text());
                }
            }
        }
        Map<String, Counts> perLabelCounts = new LinkedHashMap<>();
        counts.forEach((label, c) -> perLabelCounts.put(label, new Counts(c[0], c[1], c[2])));
        return new Report(answers.size(), perLabelCounts, mistakes);
    }
}
