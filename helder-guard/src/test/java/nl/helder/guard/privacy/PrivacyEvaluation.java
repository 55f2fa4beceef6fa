package nl.helder.guard.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import nl.helder.guard.PersonalDataFinding;
import nl.helder.guard.PersonalDataType;
import nl.helder.guard.Redactor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the privacy guard over the labelled messages of {@code evaluation/privacy-messages.jsonl} and counts,
 * per type, found spans against labelled spans. A finding matches a label of the same type that it overlaps.
 * {@code main} prints the table that the README reports.
 */
final class PrivacyEvaluation {

    record Span(PersonalDataType type, int start, int end) {
        boolean overlaps(PersonalDataFinding finding) {
            return finding.type() == type && finding.start() < end && start < finding.end();
        }
    }

    record Message(String id, String text, List<Span> spans) {
    }

    static final class Counts {
        int labelled;
        int found;
        int matchedLabels;
        int correctFindings;

        double precision() {
            return found == 0 ? 1.0 : (double) correctFindings / found;
        }

        double recall() {
            return labelled == 0 ? 1.0 : (double) matchedLabels / labelled;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Report(Map<PersonalDataType, Counts> perType, Counts overall, int negativeMessages,
                  int negativeMessagesWithFindings, List<String> mistakes) {

        String table() {
            StringBuilder out = new StringBuilder("| type | labelled | found | precision | recall | F1 |\n|---|---|---|---|---|---|\n");
            perType.forEach((type, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n",
                    type, c.labelled, c.found, c.precision(), c.recall(), c.f1())));
            out.append(String.format(Locale.ROOT, "| **all** | %d | %d | %.3f | %.3f | %.3f |%n",
                    overall.labelled, overall.found, overall.precision(), overall.recall(), overall.f1()));
            out.append(String.format(Locale.ROOT, "%nNegative messages (no personal data): %d, of which %d with a finding "
                    + "(%.1f %% clean).%n", negativeMessages, negativeMessagesWithFindings,
                    100.0 * (negativeMessages - negativeMessagesWithFindings) / negativeMessages));
            return out.toString();
        }
    }

    /** The hand-written set: tab-separated text and TYPE=value labels, located by their first occurrence. */
    static List<Message> handwritten() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PrivacyEvaluation.class.getResourceAsStream("/evaluation/privacy-messages-handwritten.tsv"), StandardCharsets.UTF_8))) {
            return tsv(reader.lines().toList(), "hand-", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tab-separated lines whose column {@code textColumn} is the text and the next one {@code TYPE=value;…}
     * labels, each located by its value's first occurrence ({@code \n} stands for a line break). The blind sets
     * put the language first and call the IP type {@code IP}.
     */
    static List<Message> tsv(List<String> lines, String idPrefix, int textColumn) {
        List<Message> messages = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String text = columns[textColumn].replace("\\n", "\n");
            List<Span> spans = new ArrayList<>();
            if (columns.length > textColumn + 1 && !columns[textColumn + 1].isBlank()) {
                for (String label : columns[textColumn + 1].split(";")) {
                    int equals = label.indexOf('=');
                    String value = label.substring(equals + 1).replace("\\n", "\n");
                    int start = text.indexOf(value);
                    if (start < 0) {
                        throw new IllegalStateException(idPrefix + number + ": '" + value + "' is not in the text");
                    }
                    spans.add(new Span(type(label.substring(0, equals)), start, start + value.length()));
                }
            }
            messages.add(new Message(idPrefix + number, text, spans));
        }
        return messages;
    }

    private static PersonalDataType type(String name) {
        return name.equals("IP") ? PersonalDataType.IP_ADDRESS : PersonalDataType.valueOf(name);
    }

    static List<Message> messages() {
        JsonFactory json = new JsonFactory();
        List<Message> messages = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PrivacyEvaluation.class.getResourceAsStream("/evaluation/privacy-messages.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                try (JsonParser parser = json.createParser(line)) {
                    String id = null;
                    String text = null;
                    List<Span> spans = new ArrayList<>();
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        parser.nextToken();
                        switch (field) {
                            case "id" -> id = parser.getText();
                            case "text" -> text = parser.getText();
                            case "spans" -> {
                                while (parser.nextToken() == JsonToken.START_OBJECT) {
                                    String type = null;
                                    int start = 0;
                                    int end = 0;
                                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                        String key = parser.currentName();
                                        parser.nextToken();
                                        switch (key) {
                                            case "type" -> type = parser.getText();
                                            case "start" -> start = parser.getIntValue();
                                            case "end" -> end = parser.getIntValue();
                                            default -> parser.skipChildren();
                                        }
                                    }
                                    spans.add(new Span(PersonalDataType.valueOf(type), start, end));
                                }
                            }
                            default -> parser.skipChildren();
                        }
                    }
                    messages.add(new Message(id, text, spans));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    static Report run(PrivacyGuard guard) {
        return run(guard, messages());
    }

    static Report run(PrivacyGuard guard, List<Message> messages) {
        return run(guard, messages, Scoring.STRICT);
    }

    /**
     * How a finding is held against the labels. The blind authors label each distinct value once, at its first
     * occurrence ("each distinct value is labelled once"), so a name that comes back in a signature, or a first name
     * repeated on its own after the full name, is personal data the labels name only once.
     */
    enum Scoring {
        /** A finding counts only where it overlaps a labelled occurrence (the scoring of rounds one to ten). */
        STRICT,
        /**
         * As the labels define it: a finding that overlaps a later occurrence of a labelled value of its type, or whose
         * words all stand in such a value (the "Thijs" of "Thijs Groenewegen" signing again), is correct; a label is
         * found if any occurrence of its value is. Added in round eleven of issue 14 and always reported beside
         * {@link #STRICT}, never instead of it.
         */
        REPEATS
    }

    static Report run(PrivacyGuard guard, List<Message> messages, Scoring scoring) {
        Map<PersonalDataType, Counts> perType = new EnumMap<>(PersonalDataType.class);
        for (PersonalDataType type : PersonalDataType.values()) {
            perType.put(type, new Counts());
        }
        Counts overall = new Counts();
        int negatives = 0;
        int negativesWithFindings = 0;
        List<String> mistakes = new ArrayList<>();
        for (Message message : messages) {
            List<PersonalDataFinding> findings = Redactor.resolveOverlaps(guard.detect(message.text()));
            for (Span span : message.spans()) {
                boolean matched = findings.stream().anyMatch(finding -> span.overlaps(finding)
                        || scoring == Scoring.REPEATS && overlapsARepeat(message.text(), span, finding));
                count(perType.get(span.type()), overall, c -> {
                    c.labelled++;
                    if (matched) {
                        c.matchedLabels++;
                    }
                });
                if (!matched) {
                    mistakes.add("missed " + span.type() + " in " + message.id() + ": " + message.text());
                }
            }
            for (PersonalDataFinding finding : findings) {
                boolean correct = correct(message.text(), message.spans(), finding, scoring);
                count(perType.get(finding.type()), overall, c -> {
                    c.found++;
                    if (correct) {
                        c.correctFindings++;
                    }
                });
                if (!correct) {
                    mistakes.add("false " + finding.type() + " in " + message.id() + ": "
                            + message.text().substring(finding.start(), finding.end()) + " | " + message.text());
                }
            }
            if (message.spans().isEmpty()) {
                negatives++;
                negativesWithFindings += findings.isEmpty() ? 0 : 1;
            }
        }
        return new Report(perType, overall, negatives, negativesWithFindings, mistakes);
    }

    /** Whether a finding counts as correct against the message's labels under {@code scoring}. */
    static boolean correct(String text, List<Span> spans, PersonalDataFinding finding, Scoring scoring) {
        return spans.stream().anyMatch(span -> span.overlaps(finding)
                || scoring == Scoring.REPEATS && (overlapsARepeat(text, span, finding) || wordsStandIn(text, span, finding)));
    }

    /**
     * Whether {@code finding} overlaps another occurrence of the span's value, standing as a whole word or words (a
     * labelled "Jan" does not repeat in "Janssen").
     */
    private static boolean overlapsARepeat(String text, Span span, PersonalDataFinding finding) {
        if (finding.type() != span.type()) {
            return false;
        }
        String value = text.substring(span.start(), span.end());
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole && finding.start() < end && at < finding.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name finding's words are all words of a labelled name, case aside ("Thijs" of "Thijs Groenewegen"). Names
     * only: a part of another type (two digits of a phone number) is no repeat of it.
     */
    private static boolean wordsStandIn(String text, Span span, PersonalDataFinding finding) {
        if (finding.type() != span.type() || span.type() != PersonalDataType.PERSON_NAME) {
            return false;
        }
        List<String> valueWords = List.of(text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        String[] found = text.substring(finding.start(), finding.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        boolean any = false;
        for (String word : found) {
            if (word.isEmpty()) {
                continue;
            }
            if (!valueWords.contains(word)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static void count(Counts type, Counts overall, java.util.function.Consumer<Counts> update) {
        update.accept(type);
        update.accept(overall);
    }

    public static void main(String[] args) {
        System.out.println("Generated set (" + messages().size() + " messages):");
        Report report = run(PrivacyGuard.standard());
        System.out.println(report.table());
        report.mistakes().forEach(System.out::println);
        System.out.println("Hand-written set (" + handwritten().size() + " messages):");
        Report hand = run(PrivacyGuard.standard(), handwritten());
        System.out.println(hand.table());
        hand.mistakes().forEach(System.out::println);
    }
}
