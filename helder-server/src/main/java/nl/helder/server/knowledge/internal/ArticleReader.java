package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.InvalidKnowledgeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads knowledge-base articles from Markdown with YAML front matter, CSV ({@code title,url,locale,tags,body},
 * optional {@code id} and {@code questions}, the latter separated by {@code |}) and JSON (an array of objects with
 * the same keys; {@code questions} an array or a {@code |}-separated string). Reading does not validate beyond
 * the format; {@link ArticleValidator} checks the content.
 */
final class ArticleReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleReader() {
    }

    /** Whether {@code fileName} has an extension this reader understands. */
    static boolean isArticleFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".csv") || lower.endsWith(".json");
    }

    /** Reads every article file below {@code path} (or the file itself), in path order. */
    static List<Article> read(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidKnowledgeException(List.of("knowledge base not found: " + path));
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(file -> isArticleFile(file.getFileName().toString()))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files = List.of(path);
        }
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.addAll(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (InvalidKnowledgeException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidKnowledgeException(problems);
        }
        return articles;
    }

    /** Reads the articles in one file's content; the format follows from the file name's extension. */
    static List<Article> read(String fileName, String content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return readCsv(fileName, content);
        }
        if (lower.endsWith(".json")) {
            return readJson(fileName, content);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return List.of(readMarkdown(fileName, content));
        }
        throw new InvalidKnowledgeException(List.of(fileName + ": unknown format (expected .md, .csv or .json)"));
    }

    private static Article readMarkdown(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new InvalidKnowledgeException(List.of(fileName + ": missing YAML front matter (start the file with ---)"));
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw new InvalidKnowledgeException(List.of(fileName + ": front matter is not closed with ---"));
        }
        Object yaml;
        try {
            yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
        } catch (RuntimeException e) {
            throw new InvalidKnowledgeException(List.of(fileName + ": invalid YAML front matter (" + firstLine(e.getMessage()) + ")"));
        }
        if (!(yaml instanceof Map<?, ?> front)) {
            throw new InvalidKnowledgeException(List.of(fileName + ": front matter must be a YAML mapping"));
        }
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip();
        String id = stringOr(front.get("id"), baseName(fileName));
        return new Article(id, stringOr(front.get("title"), ""), stringOr(front.get("url"), ""),
                stringOr(front.get("locale"), "").toLowerCase(Locale.ROOT), tags(front.get("tags")), body,
                questions(front.get("questions")));
    }

    private static List<Article> readCsv(String fileName, String content) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<Article> articles = new ArrayList<>();
        try {
            var parser = format.parse(new StringReader(content));
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("title", "url", "locale", "body")) {
                if (!header.contains(required)) {
                    throw new InvalidKnowledgeException(List.of(fileName + ": CSV header lacks column '" + required + "'"));
                }
            }
            for (CSVRecord row : parser) {
                String title = row.get("title");
                String locale = row.get("locale").toLowerCase(Locale.ROOT);
                String id = header.contains("id") && !row.get("id").isBlank() ? row.get("id") : slug(title) + "-" + locale;
                String tags = header.contains("tags") ? row.get("tags") : "";
                String questions = header.contains("questions") ? row.get("questions") : "";
                articles.add(new Article(id, title, row.get("url"), locale, splitTags(tags), row.get("body"),
                        splitQuestions(questions)));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidKnowledgeException(List.of(fileName + ": invalid CSV (" + firstLine(e.getMessage()) + ")"));
        }
        return articles;
    }

    private static List<Article> readJson(String fileName, String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            throw new InvalidKnowledgeException(List.of(fileName + ": invalid JSON (" + firstLine(e.getOriginalMessage()) + ")"));
        }
        if (root == null || !root.isArray()) {
            throw new InvalidKnowledgeException(List.of(fileName + ": expected a JSON array of articles"));
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode node : root) {
            String title = text(node, "title");
            String locale = text(node, "locale").toLowerCase(Locale.ROOT);
            String id = text(node, "id").isBlank() ? slug(title) + "-" + locale : text(node, "id");
            List<String> tags = new ArrayList<>();
            JsonNode tagNode = node.get("tags");
            if (tagNode != null && tagNode.isArray()) {
                tagNode.forEach(tag -> tags.add(tag.asString()));
            } else if (tagNode != null && tagNode.isString()) {
                tags.addAll(splitTags(tagNode.asString()));
            }
            List<String> questions = new ArrayList<>();
            JsonNode questionNode = node.get("questions");
            if (questionNode != null && questionNode.isArray()) {
                questionNode.forEach(question -> questions.add(question.asString().strip()));
            } else if (questionNode != null && questionNode.isString()) {
                questions.addAll(splitQuestions(questionNode.asString()));
            }
            questions.removeIf(String::isEmpty);
            articles.add(new Article(id, title, text(node, "url"), locale, tags, text(node, "body"), questions));
        }
        return articles;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static List<String> tags(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        }
        return value == null ? List.of() : splitTags(String.valueOf(value));
    }

    /** Example questions: a YAML list, or one string with the questions separated by {@code |}. */
    private static List<String> questions(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::strip).filter(question -> !question.isEmpty()).toList();
        }
        return value == null ? List.of() : splitQuestions(String.valueOf(value));
    }

    /** Questions joined by {@code |} (the CSV form): a question may contain commas, never a bar. */
    private static List<String> splitQuestions(String questions) {
        return Arrays.stream(questions.split("\\|")).map(String::strip).filter(question -> !question.isEmpty()).toList();
    }

    private static List<String> splitTags(String tags) {
        return Arrays.stream(tags.split("[;,|]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static String stringOr(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value).strip();
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "article" : slug;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
