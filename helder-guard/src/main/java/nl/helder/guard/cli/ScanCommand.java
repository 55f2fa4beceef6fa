package nl.helder.guard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import nl.helder.guard.Guards;
import nl.helder.guard.InputGuard;
import nl.helder.guard.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * Reads JSON lines {@code {"id":"...","text":"..."}} and writes one JSON line of findings per input line,
 * in order. A malformed line yields an error line and the scan goes on, so one bad record never costs the
 * rest of a batch. Memory stays flat: each line is parsed, scanned and written before the next is read.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Scan JSON lines {\"id\",\"text\"} from standard input; write one JSON result per line.")
final class ScanCommand implements Callable<Integer> {

    static final int EXIT_OK = 0;
    static final int EXIT_INPUT_UNREADABLE = 2;

    @Option(names = "--output", description = "Check assistant answers instead of customer messages.")
    boolean output;

    private final InputGuard inputGuard = Guards.standardInputGuard();

    @Override
    public Integer call() {
        return scan(System.in, System.out);
    }

    int scan(InputStream in, OutputStream out) {
        JsonFactory json = JsonFactory.builder().build();
        ScanLineProcessor processor = new ScanLineProcessor(json, inputGuard, OutputGuard.standard(), output);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long lineNumber = 0;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try (JsonGenerator generator = json.createGenerator(writer)) {
                    generator.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    processor.process(line, lineNumber, generator);
                }
                writer.write('\n');
                // Flush when the producer has nothing more for us yet, so interactive pipes see each answer.
                if (!reader.ready()) {
                    writer.flush();
                }
            }
            writer.flush();
            return EXIT_OK;
        } catch (IOException | UncheckedIOException e) {
            System.err.println("helder-guard scan: cannot read input at line " + (lineNumber + 1) + ": " + e.getMessage());
            return EXIT_INPUT_UNREADABLE;
        }
    }
}
