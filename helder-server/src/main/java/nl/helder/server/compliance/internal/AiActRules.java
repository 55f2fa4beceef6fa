package nl.helder.server.compliance.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classification rules, read from a versioned YAML file (see {@code compliance/ai-act-rules.yaml}): the
 * questions with their legal references and effects, the application dates, and the deployer obligations per
 * outcome. Loading checks the file, so a broken rules file stops the start instead of misclassifying.
 */
record AiActRules(String version, String source, Map<String, ApplicationDate> dates, List<Question> questions,
                  List<ObligationRule> obligations, List<VendorQuestion> vendorQuestions) {

    enum Effect { PROHIBITED, HIGH_RISK, EXCEPTION, PROFILING, TRANSPARENCY, CONTEXT }

    record Text(String en, String nl) {
        String in(String locale) {
            return "nl".equals(locale) ? nl : en;
        }
    }

    record ApplicationDate(String id, LocalDate date, String reference, Text text) {
    }

    /** @param applies the date key from which a high-risk effect applies ({@code null}: the general date) */
    record Question(String id, String group, String reference, Text text, Effect effect, String applies, List<String> context) {
    }

    /**
     * @param forOutcomes risk classes (and {@code EXCEPTION}) the obligation applies to
     * @param when        question ids or context tags of which one must be present; empty: always
     */
    record ObligationRule(String id, Set<String> forOutcomes, List<String> when, String reference, String from, Text text) {
    }

    /** What to ask the vendor of an AI system, with the provision behind the question. */
    record VendorQuestion(String id, String reference, Text text) {
    }

    private static final Set<String> OUTCOMES = Set.of("PROHIBITED", "HIGH_RISK", "TRANSPARENCY", "MINIMAL", "EXCEPTION");

    static AiActRules load(InputStream in) throws IOException {
        Map<String, Object> root;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        Map<String, ApplicationDate> dates = new LinkedHashMap<>();
        map(root, "dates").forEach((id, value) -> {
            Map<String, Object> date = cast(value);
            dates.put(id, new ApplicationDate(id, toDate(date.get("date"), id), string(date, "reference"), text(date)));
        });
        List<Question> questions = new ArrayList<>();
        for (Object item : list(root, "questions")) {
            Map<String, Object> q = cast(item);
            String effect = string(q, "effect");
            String applies = (String) q.get("applies");
            if (applies != null && !dates.containsKey(applies)) {
                throw invalid("question " + q.get("id") + " applies from unknown date '" + applies + "'");
            }
            questions.add(new Question(string(q, "id"), string(q, "group"), string(q, "reference"), text(q),
                    Effect.valueOf(effect.toUpperCase().replace('-', '_')), applies, strings(q.get("context"))));
        }
        List<ObligationRule> obligations = new ArrayList<>();
        for (Object item : list(root, "obligations")) {
            Map<String, Object> o = cast(item);
            Set<String> outcomes = Set.copyOf(strings(o.get("for")));
            if (outcomes.isEmpty() || !OUTCOMES.containsAll(outcomes)) {
                throw invalid("obligation " + o.get("id") + " is for unknown outcomes " + outcomes);
            }
            String from = string(o, "from");
            if (!dates.containsKey(from)) {
                throw invalid("obligation " + o.get("id") + " applies from unknown date '" + from + "'");
            }
            obligations.add(new ObligationRule(string(o, "id"), outcomes, strings(o.get("when")), string(o, "reference"), from, text(o)));
        }
        List<VendorQuestion> vendorQuestions = new ArrayList<>();
        for (Object item : list(root, "vendor-questions")) {
            Map<String, Object> v = cast(item);
            vendorQuestions.add(new VendorQuestion(string(v, "id"), string(v, "reference"), text(v)));
        }
        return new AiActRules(string(root, "version"), string(root, "source"), Map.copyOf(dates), List.copyOf(questions),
                List.copyOf(obligations), List.copyOf(vendorQuestions));
    }

    Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private static Text text(Map<String, Object> node) {
        return new Text(string(node, "en"), string(node, "nl"));
    }

    private static LocalDate toDate(Object value, String id) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            return LocalDate.parse(text);
        }
        throw invalid("date " + id + " is not a date: " + value);
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    private static String string(Map<String, Object> node, String key) {
        Object value = node.get(key);
        if (value == null || value.toString().isBlank()) {
            throw invalid("'" + key + "' is missing in " + node.getOrDefault("id", node.keySet()));
        }
        return value.toString();
    }

    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return cast(node.get(key));
    }

    private static List<Object> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        if (!(value instanceof List<?>)) {
            throw invalid("'" + key + "' must be a list");
        }
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) value;
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw invalid("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    private static IllegalStateException invalid(String problem) {
        return new IllegalStateException("Invalid AI Act rules file: " + problem);
    }
}
