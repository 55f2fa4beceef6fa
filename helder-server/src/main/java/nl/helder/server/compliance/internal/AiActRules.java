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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classification rules, read from a versioned YAML file (see {@code compliance/ai-act-rules.yaml}): the
 * questions with their legal references and effects, the application dates, and the deployer obligations per
 * outcome. Loading checks the file, so a broken rules file stops the start instead of misclassifying.
 */
record AiActRules(String version, String source, Text law, Text status, Map<String, Source> sources,
                  Map<String, ApplicationDate> dates, List<Question> questions, List<ObligationRule> obligations,
                  List<VendorQuestion> vendorQuestions, Text fines) {

    enum Effect { PROHIBITED, HIGH_RISK, EXCEPTION, PROFILING, TRANSPARENCY, CONTEXT }

    record Text(String en, String nl) {
        String in(String locale) {
            return "nl".equals(locale) && nl != null ? nl : en;
        }
    }

    /**
     * Where a change in the law comes from (a proposal, an agreement, an adoption, a publication).
     *
     * @param date      when it happened; null when not known
     * @param confirmed false when the file says the step could not be confirmed (e.g. publication in the OJ)
     */
    record Source(String id, LocalDate date, String text, boolean confirmed) {
    }

    /**
     * @param amended true when the date differs from the 2024 text of the Act; it then names its sources
     * @param sources ids in {@link AiActRules#sources()}
     */
    record ApplicationDate(String id, LocalDate date, String reference, Text text, boolean amended, List<String> sources) {
    }

    /**
     * @param applies the date key from which the question's effect applies ({@code null}: the general date for a
     *                high-risk use, the prohibitions' date for a prohibited practice)
     * @param sources ids in {@link AiActRules#sources()} for a question added or changed by an amendment
     */
    record Question(String id, String group, String reference, Text text, Effect effect, String applies, List<String> context,
                    List<String> sources) {
    }

    /**
     * @param forOutcomes risk classes (and {@code EXCEPTION}) the obligation applies to
     * @param when        question ids or context tags of which one must be present; empty: always
     * @param fromIf      question id or context tag → date key: a different start date when that answer is yes
     * @param note        what the reader must know about the rule (e.g. that sources differ); may be null
     */
    record ObligationRule(String id, Set<String> forOutcomes, List<String> when, String reference, String from, Map<String, String> fromIf,
                          Text text, Text note, List<String> sources) {
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
        Map<String, Source> sources = new LinkedHashMap<>();
        if (root.get("sources") != null) {
            map(root, "sources").forEach((id, value) -> {
                Map<String, Object> source = cast(value);
                sources.put(id, new Source(id, source.get("date") == null ? null : toDate(source.get("date"), id), string(source, "en"),
                        !Boolean.FALSE.equals(source.get("confirmed"))));
            });
        }
        Map<String, ApplicationDate> dates = new LinkedHashMap<>();
        map(root, "dates").forEach((id, value) -> {
            Map<String, Object> date = cast(value);
            boolean amended = Boolean.TRUE.equals(date.get("amended"));
            List<String> cited = known(sources, strings(date.get("sources")), "date " + id);
            if (amended && cited.isEmpty()) {
                throw invalid("date " + id + " is marked amended but names no source");
            }
            dates.put(id, new ApplicationDate(id, toDate(date.get("date"), id), string(date, "reference"), text(date), amended, cited));
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
                    Effect.valueOf(effect.toUpperCase().replace('-', '_')), applies, strings(q.get("context")),
                    known(sources, strings(q.get("sources")), "question " + q.get("id"))));
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
            Map<String, String> fromIf = new LinkedHashMap<>();
            if (o.get("from-if") != null) {
                map(o, "from-if").forEach((answer, date) -> {
                    if (!dates.containsKey(String.valueOf(date))) {
                        throw invalid("obligation " + o.get("id") + " applies from unknown date '" + date + "'");
                    }
                    fromIf.put(answer, String.valueOf(date));
                });
            }
            obligations.add(new ObligationRule(string(o, "id"), outcomes, strings(o.get("when")), string(o, "reference"), from,
                    Map.copyOf(fromIf), text(o), o.get("note") == null ? null : text(map(o, "note")),
                    known(sources, strings(o.get("sources")), "obligation " + o.get("id"))));
        }
        List<VendorQuestion> vendorQuestions = new ArrayList<>();
        for (Object item : list(root, "vendor-questions")) {
            Map<String, Object> v = cast(item);
            vendorQuestions.add(new VendorQuestion(string(v, "id"), string(v, "reference"), text(v)));
        }
        String source = string(root, "source");
        return new AiActRules(string(root, "version"), source,
                root.get("law") == null ? new Text(source, source) : text(map(root, "law")),
                root.get("status") == null ? null : text(map(root, "status")), Collections.unmodifiableMap(sources),
                Collections.unmodifiableMap(dates), List.copyOf(questions), List.copyOf(obligations), List.copyOf(vendorQuestions),
                root.get("fines") == null ? null : text(map(root, "fines")));
    }

    /** The dates in order, earliest first. */
    List<ApplicationDate> datesInOrder() {
        return dates.values().stream().sorted(java.util.Comparator.comparing(ApplicationDate::date).thenComparing(ApplicationDate::id)).toList();
    }

    private static List<String> known(Map<String, Source> sources, List<String> ids, String where) {
        ids.stream().filter(id -> !sources.containsKey(id)).findFirst().ifPresent(id -> {
            throw invalid(where + " names unknown source '" + id + "'");
        });
        return ids;
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
