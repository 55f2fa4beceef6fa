package nl.helder.guard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import nl.helder.guard.InputGuard;
import nl.helder.guard.InputScan;
import nl.helder.guard.OutputCheck;
import nl.helder.guard.OutputGuard;
import nl.helder.guard.OutputReview;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.Signal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Turns one input line into one output record; knows the scanner's JSON contract and nothing else. */
final class ScanLineProcessor {

    private final JsonFactory json;
    private final InputGuard inputGuard;
    private final OutputGuard outputGuard;
    private final boolean outputMode;

    ScanLineProcessor(JsonFactory json, InputGuard inputGuard, OutputGuard outputGuard, boolean outputMode) {
        this.json = json;
        this.inputGuard = inputGuard;
        this.outputGuard = outputGuard;
        this.outputMode = outputMode;
    }

    void process(String line, long lineNumber, JsonGenerator out) throws IOException {
        ScanRequest request;
        try {
            request = parse(line);
        } catch (MalformedLineException e) {
            writeError(out, e.id, lineNumber, e.getMessage());
            return;
        }
        if (outputMode) {
            writeOutputChecks(out, request);
        } else {
            writeInputScan(out, request, inputGuard.scan(request.text()));
        }
    }

    private void writeInputScan(JsonGenerator out, ScanRequest request, InputScan scan) throws IOException {
        out.writeStartObject();
        writeId(out, request.id());
        out.writeStringField("redacted", scan.redacted());
        out.writeArrayFieldStart("findings");
        for (PersonalDataFinding finding : scan.findings()) {
            out.writeStartObject();
            out.writeStringField("type", finding.type().name());
            out.writeNumberField("start", finding.start());
            out.writeNumberField("end", finding.end());
            out.writeNumberField("score", round(finding.score()));
            out.writeStringField("reason", finding.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("signals");
        for (Signal signal : Signal.values()) {
            if (scan.signals().contains(signal)) {
                out.writeString(signal.name());
            }
        }
        out.writeEndArray();
        out.writeObjectFieldStart("injection");
        out.writeNumberField("score", round(scan.injection().score()));
        out.writeBooleanField("blocked", scan.injection().blocked());
        out.writeArrayFieldStart("reasons");
        for (String reason : scan.injection().reasons()) {
            out.writeString(reason);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    /** An answer, with the passages it rests on as optional {@code "sources"}: without them grounding is not judged. */
    private void writeOutputChecks(JsonGenerator out, ScanRequest request) throws IOException {
        OutputReview review = outputGuard.review(request.text(), request.sources());
        out.writeStartObject();
        writeId(out, request.id());
        out.writeArrayFieldStart("checks");
        for (OutputCheck check : review.checks()) {
            out.writeStartObject();
            out.writeStringField("type", check.type().name());
            out.writeNumberField("score", round(check.score()));
            out.writeStringField("reason", check.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeBooleanField("blocked", review.blocked());
        out.writeEndObject();
    }

    private static void writeError(JsonGenerator out, Object id, long lineNumber, String message) throws IOException {
        out.writeStartObject();
        writeId(out, id == null ? lineNumber : id);
        out.writeStringField("error", message);
        out.writeEndObject();
    }

    private static void writeId(JsonGenerator out, Object id) throws IOException {
        out.writeFieldName("id");
        if (id instanceof Long number) {
            out.writeNumber(number);
        } else {
            out.writeString(String.valueOf(id));
        }
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private ScanRequest parse(String line) throws IOException {
        Object id = null;
        String text = null;
        List<String> sources = new ArrayList<>();
        try (JsonParser parser = json.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedLineException(null, "line is not a JSON object");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = switch (value) {
                        case VALUE_STRING -> parser.getText();
                        case VALUE_NUMBER_INT -> parser.getLongValue();
                        default -> throw new MalformedLineException(null, "\"id\" must be a string or an integer");
                    };
                    case "text" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw new MalformedLineException(id, "\"text\" must be a string");
                        }
                        text = parser.getText();
                    }
                    case "sources" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new MalformedLineException(id, "\"sources\" must be an array of strings");
                        }
                        while (parser.nextToken() == JsonToken.VALUE_STRING) {
                            sources.add(parser.getText());
                        }
                        if (parser.currentToken() != JsonToken.END_ARRAY) {
                            throw new MalformedLineException(id, "\"sources\" must be an array of strings");
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new MalformedLineException(id, "trailing content after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedLineException(id, "invalid JSON: " + e.getOriginalMessage());
        }
        if (text == null) {
            throw new MalformedLineException(id, "missing \"text\"");
        }
        return new ScanRequest(id, text, List.copyOf(sources));
    }

    private record ScanRequest(Object id, String text, List<String> sources) {
    }

    private static final class MalformedLineException extends IOException {
        private final transient Object id;

        MalformedLineException(Object id, String message) {
            super(message);
            this.id = id;
        }
    }
}
