package nl.helder.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.Redactor;
import nl.helder.guard.privacy.PrivacyGuard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Runs the privacy guard over the public prompt sets in {@code ../shared/data/injection} and reports, per file,
 * how many texts get a finding and of which types, with examples to read. Those sets carry no personal-data
 * labels, so this is a look at what the guard flags in text written by others, not a precision figure.
 *
 * <p>Run: {@code java -cp helder-bench/target/helder-bench.jar nl.helder.bench.PublicDataScan ../shared/data/injection}
 */
@Command(name = "public-data-scan", mixinStandardHelpOptions = true)
public final class PublicDataScan implements Callable<Integer> {

    @Parameters(index = "0", description = "folder with .jsonl and .json prompt files")
    Path folder;

    private final PrivacyGuard guard = PrivacyGuard.standard();
    private final JsonFactory json = new JsonFactory();

    public static void main(String[] args) {
        System.exit(new CommandLine(new PublicDataScan()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted().toList();
        }
        System.out.println("| file | texts | texts with a finding | findings by type |");
        System.out.println("|---|---|---|---|");
        List<String> examples = new ArrayList<>();
        for (Path file : files) {
            List<String> texts = texts(file);
            Map<PersonalDataType, Integer> counts = new EnumMap<>(PersonalDataType.class);
            int flagged = 0;
            for (String text : texts) {
                List<PersonalDataFinding> findings = Redactor.resolveOverlaps(guard.detect(text));
                if (!findings.isEmpty()) {
                    flagged++;
                }
                for (PersonalDataFinding finding : findings) {
                    counts.merge(finding.type(), 1, Integer::sum);
                    if (examples.size() < 60) {
                        int from = Math.max(0, finding.start() - 30);
                        int to = Math.min(text.length(), finding.end() + 30);
                        examples.add(String.format("%s | %s | …%s…", file.getFileName(), finding.type(),
                                text.substring(from, to).replace('\n', ' ')));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d (%.1f %%) | %s |%n", file.getFileName(), texts.size(), flagged,
                    100.0 * flagged / Math.max(1, texts.size()), counts);
        }
        System.out.println();
        examples.forEach(System.out::println);
        return 0;
    }

    /** The "text" or "prompt" string of each JSON object in the file (JSON lines or one JSON array). */
    private List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (JsonParser parser = json.createParser(file.toFile())) {
            JsonToken token;
            int depth = 0;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && depth == 1
                        && ("text".equals(parser.currentName()) || "prompt".equals(parser.currentName()))) {
                    if (parser.nextToken() == JsonToken.VALUE_STRING) {
                        texts.add(parser.getText());
                    }
                }
            }
        }
        return texts;
    }
}
