package nl.helder.guard.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The text form both answer models ({@link AnswerModel}, {@link AnswerStyleModel}) are shipped in: {@code # } header
 * lines, then one weight a line, {@code KIND<TAB>(bias)<TAB>w} or {@code KIND<TAB>feature<TAB>w}.
 *
 * @param header   the header lines, without their {@code # }
 * @param biases   the bias per kind present
 * @param features the feature weights per kind present, in file order
 */
record WeightsFile(List<String> header, Map<CueHit.Kind, Double> biases, Map<CueHit.Kind, Map<String, Double>> features) {

    static WeightsFile read(List<String> lines) {
        Map<CueHit.Kind, Double> biases = new EnumMap<>(CueHit.Kind.class);
        Map<CueHit.Kind, Map<String, Double>> features = new EnumMap<>(CueHit.Kind.class);
        List<String> header = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# ")) {
                header.add(line.substring(2));
            } else if (!line.isBlank()) {
                String[] columns = line.split("\t");
                CueHit.Kind kind = CueHit.Kind.valueOf(columns[0]);
                double value = Double.parseDouble(columns[2]);
                if (columns[1].equals("(bias)")) {
                    biases.put(kind, value);
                } else {
                    features.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(columns[1], value);
                }
            }
        }
        return new WeightsFile(header, biases, features);
    }

    /** Writes the header, then each kind's bias and features in this file's order (kinds in their declared order). */
    void write(Writer out) throws IOException {
        for (String line : header) {
            out.write("# " + line + "\n");
        }
        for (Map.Entry<CueHit.Kind, Double> bias : new java.util.TreeMap<>(biases).entrySet()) {
            out.write(bias.getKey() + "\t(bias)\t" + format(bias.getValue()) + "\n");
            for (Map.Entry<String, Double> feature : features.getOrDefault(bias.getKey(), Map.of()).entrySet()) {
                out.write(bias.getKey() + "\t" + feature.getKey() + "\t" + format(feature.getValue()) + "\n");
            }
        }
    }

    /** A weight as the file writes it, four decimals: trainers round to it, so that a retrained model reads back equal. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Reads {@code resource} next to the class {@code owner}; a missing resource is a broken build. */
    static WeightsFile load(Class<?> owner, String resource) {
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(resource), resource)) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
