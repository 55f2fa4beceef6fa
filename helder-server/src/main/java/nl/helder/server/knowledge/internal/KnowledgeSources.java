package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.KnowledgeProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where articles, synonyms and compound parts come from: the configured path, or what the jar bundles
 * ({@code kb/demo}, {@code kb/synonyms-<locale>.txt}, {@code kb/compound-parts-<locale>.txt}).
 */
@Component
class KnowledgeSources {

    static final String DEMO = "classpath:kb/demo/";
    private static final List<String> LOCALES = List.of("nl", "en", "de", "fr");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    record Loaded(String source, List<Article> articles) {
    }

    Loaded loadConfigured(Path kb) {
        if (kb != null) {
            return new Loaded(kb.toString(), ArticleReader.read(kb));
        }
        return new Loaded(DEMO, readBundledDemo());
    }

    KnowledgeIndex index(List<Article> articles, KnowledgeProperties properties) {
        return index(articles, properties, null);
    }

    /** The index with the semantic signal of {@code embedder} fused in; lexical only when it is null. */
    KnowledgeIndex index(List<Article> articles, KnowledgeProperties properties, Embedder embedder) {
        Map<String, String> synonyms = new HashMap<>();
        Map<String, Set<String>> parts = new HashMap<>();
        for (String locale : LOCALES) {
            StringBuilder rules = new StringBuilder(bundled("kb/synonyms-" + locale + ".txt"));
            if (properties.synonyms() != null) {
                Path extra = properties.synonyms().resolve("synonyms-" + locale + ".txt");
                if (Files.isRegularFile(extra)) {
                    rules.append('\n').append(readFile(extra));
                }
            }
            synonyms.put(locale, rules.toString());
            parts.put(locale, Arrays.stream(bundled("kb/compound-parts-" + locale + ".txt").split("\\s+"))
                    .map(String::strip).filter(word -> !word.isEmpty() && !word.startsWith("#"))
                    .collect(Collectors.toSet()));
        }
        return KnowledgeIndex.build(articles, synonyms, parts, lexicons(properties.synonyms()), ConfidenceModel.FITTED,
                properties.maxPassageChars(), embedder, properties.embedding().weight(),
                Set.copyOf(properties.embedding().languages()));
    }

    /**
     * The bilingual lexicons between the supported languages: the bundled {@code kb/lexicon/core-<from>-<to>.txt}
     * (Helder's own) before {@code lexicon-<from>-<to>.txt} in the {@code helder.knowledge.synonyms} folder, where
     * an operator puts larger lists derived from public dictionaries (e.g. FreeDict's, GPL, built by
     * {@code tools/lexicons/build_freedict.py}), which Helder does not ship under its own licence.
     */
    private List<Lexicon> lexicons(Path folder) {
        List<Lexicon> lexicons = new ArrayList<>();
        for (String from : LOCALES) {
            for (String to : LOCALES) {
                if (from.equals(to)) {
                    continue;
                }
                Path extra = folder == null ? null : folder.resolve("lexicon-" + from + "-" + to + ".txt");
                Lexicon lexicon = Lexicon.parse(from, to, List.of(bundled("kb/lexicon/core-" + from + "-" + to + ".txt"),
                        extra != null && Files.isRegularFile(extra) ? readFile(extra) : ""));
                if (!lexicon.isEmpty()) {
                    lexicons.add(lexicon);
                }
            }
        }
        return lexicons;
    }

    private List<Article> readBundledDemo() {
        try {
            Resource[] files = resources.getResources(DEMO + "**/*.md");
            List<Resource> sorted = new ArrayList<>(Arrays.asList(files));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            List<Article> articles = new ArrayList<>();
            for (Resource file : sorted) {
                articles.addAll(ArticleReader.read(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String bundled(String path) {
        Resource resource = resources.getResource("classpath:" + path);
        if (!resource.exists()) {
            return "";
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
