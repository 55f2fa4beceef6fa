package nl.helder.server.knowledge.internal;

import nl.helder.server.knowledge.Article;
import nl.helder.server.knowledge.InvalidKnowledgeException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports a folder of articles with the server's own reader and validator, but instead of refusing the whole
 * knowledge base at the first problem (as the server does), sets aside what would be refused and keeps the rest,
 * so retrieval can still be measured on it. What was set aside is the finding.
 *
 * @param read        every article the reader could read
 * @param accepted    of those, the ones that validate on their own
 * @param refusedAll  whether the server's all-or-nothing import would refuse this folder
 * @param problems    every problem the reader and validator name
 * @param unreadable  files the reader rejects
 * @param rejected    articles the validator rejects
 * @param asInjection of those, the ones rejected as instructions aimed at an AI
 */
record BlindKnowledgeImport(List<Article> read, List<Article> accepted, boolean refusedAll, List<String> problems, int unreadable,
                            List<String> rejected, List<String> asInjection) {

    /** How the validator words an indirect prompt injection (see {@link ArticleValidator}). */
    private static final String INJECTION_PROBLEM = "instructions aimed at an AI";

    static BlindKnowledgeImport of(Path folder) {
        List<String> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        int unreadable = 0;
        try {
            articles.addAll(ArticleReader.read(folder));
        } catch (InvalidKnowledgeException e) {
            // The reader refuses the folder for any bad file: read file by file to keep the good ones.
            for (Path file : files(folder)) {
                try {
                    articles.addAll(ArticleReader.read(file));
                } catch (InvalidKnowledgeException bad) {
                    unreadable++;
                    problems.addAll(bad.problems());
                }
            }
        }
        boolean refusedAll = unreadable > 0;
        try {
            ArticleValidator.validate(articles);
            return new BlindKnowledgeImport(List.copyOf(articles), List.copyOf(articles), refusedAll, problems, unreadable, List.of(), List.of());
        } catch (InvalidKnowledgeException e) {
            problems.addAll(e.problems());
            refusedAll = true;
        }
        List<Article> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<String> asInjection = new ArrayList<>();
        for (Article article : articles) {
            try {
                ArticleValidator.validate(List.of(article));
                accepted.add(article);
            } catch (InvalidKnowledgeException e) {
                rejected.add(article.id());
                if (e.problems().stream().anyMatch(p -> p.contains(INJECTION_PROBLEM))) {
                    asInjection.add(article.id());
                }
            }
        }
        return new BlindKnowledgeImport(List.copyOf(articles), List.copyOf(accepted), refusedAll, problems, unreadable, rejected, asInjection);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(f -> ArticleReader.isArticleFile(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
