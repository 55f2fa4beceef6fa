package nl.helder.server.compliance.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An AI-literacy training module with its quiz (AI Act Art. 4), read from YAML ({@code compliance/literacy.yaml})
 * in every language it has. Loading checks that each quiz question has a valid correct option.
 */
record LiteracyModule(String id, String version, int validityDays, int passPercentage, Map<String, Content> content) {

    record Section(String heading, String text) {
    }

    record QuizQuestion(String question, List<String> options, int correct, String explanation) {
    }

    record Content(String title, List<Section> sections, List<QuizQuestion> quiz) {
    }

    /** The content in {@code locale}, else English. */
    Content in(String locale) {
        return content.getOrDefault(locale, content.get("en"));
    }

    @SuppressWarnings("unchecked")
    static LiteracyModule load(InputStream in) throws IOException {
        Map<String, Object> root;
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        Map<String, Content> content = new LinkedHashMap<>();
        for (String locale : List.of("en", "nl", "de", "fr")) {
            Map<String, Object> node = (Map<String, Object>) root.get(locale);
            if (node == null) {
                continue;
            }
            List<Section> sections = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) node.get("sections")) {
                sections.add(new Section((String) s.get("heading"), (String) s.get("text")));
            }
            List<QuizQuestion> quiz = new ArrayList<>();
            for (Map<String, Object> q : (List<Map<String, Object>>) node.get("quiz")) {
                List<String> options = (List<String>) q.get("options");
                int correct = (Integer) q.get("correct");
                if (options == null || options.size() < 2 || correct < 0 || correct >= options.size()) {
                    throw new IllegalStateException("Invalid literacy quiz question in " + locale + ": " + q.get("question"));
                }
                quiz.add(new QuizQuestion((String) q.get("question"), List.copyOf(options), correct, (String) q.get("explanation")));
            }
            content.put(locale, new Content((String) node.get("title"), List.copyOf(sections), List.copyOf(quiz)));
        }
        if (!content.containsKey("en")) {
            throw new IllegalStateException("The literacy module needs English content");
        }
        int size = content.get("en").quiz().size();
        content.forEach((locale, c) -> {
            if (c.quiz().size() != size) {
                throw new IllegalStateException("The literacy quiz in " + locale + " has " + c.quiz().size() + " questions, English " + size);
            }
        });
        return new LiteracyModule((String) root.get("id"), root.get("version").toString(), (Integer) root.get("validity-days"),
                (Integer) root.get("pass-percentage"), Map.copyOf(content));
    }
}
