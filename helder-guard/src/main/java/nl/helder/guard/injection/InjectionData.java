package nl.helder.guard.injection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads labelled injection data in the formats of the public sets: JSON lines with {@code "text"} or
 * {@code "prompt"} and a 0/1 {@code "label"}, JSON arrays of benign {@code {"prompt": ...}} objects, and benign
 * prose (Markdown or plain text, one sentence per example) such as a knowledge base.
 */
public final class InjectionData {

    private static final JsonFactory JSON = new JsonFactory();

    private InjectionData() {
    }

    /**
     * Labelled examples from a {@code .jsonl} file (label field), a {@code .json} array (all benign) or a
     * {@code .tsv} file of {@code lang<TAB>INJECTION|BENIGN<TAB>text} lines (the blind sets' format, and Helder's
     * own training examples; {@code #} lines are comments, {@code \n} in a text is a line break).
     */
    public static List<LabelledText> read(Path file) throws IOException {
        String source = file.getFileName().toString();
        if (source.endsWith(".tsv")) {
            return readTabSeparated(file, source);
        }
        List<LabelledText> examples = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            String text = null;
            boolean injection = false;
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT && ++depth == 1) {
                    text = null;
                    injection = false;
                } else if (token == JsonToken.END_OBJECT && --depth == 0 && text != null) {
                    examples.add(new LabelledText(text, injection, source));
                } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("text") || field.equals("prompt")) {
                        text = parser.getValueAsString();
                    } else if (field.equals("label")) {
                        injection = parser.getValueAsInt() == 1;
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        }
        return examples;
    }

    private static List<LabelledText> readTabSeparated(Path file, String source) throws IOException {
        List<LabelledText> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue; // comments, and the column-name row one blind author put under them
            }
            String[] fields = line.split("\t", 3);
            if (fields.length < 3 || !(fields[1].equals("INJECTION") || fields[1].equals("BENIGN"))) {
                throw new IOException(source + ": not lang<TAB>INJECTION|BENIGN<TAB>text: " + line);
            }
            examples.add(new LabelledText(fields[2].replace("\\n", "\n"), fields[1].equals("INJECTION"), source));
        }
        return examples;
    }

    /**
     * Benign sentences from the Markdown and text files under {@code folder}: front matter and headings are
     * skipped, paragraphs split into sentences.
     */
    public static List<LabelledText> benignProse(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        }
        List<LabelledText> examples = new ArrayList<>();
        for (Path file : files) {
            boolean frontMatter = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.strip().equals("---")) {
                    frontMatter = !frontMatter;
                    continue;
                }
                if (frontMatter || line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String sentence : line.split("(?<=[.!?])\\s+")) {
                    if (sentence.strip().length() >= 12) {
                        examples.add(new LabelledText(sentence.strip(), false, file.getFileName().toString()));
                    }
                }
            }
        }
        return examples;
    }
}
